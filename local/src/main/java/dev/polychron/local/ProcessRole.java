package dev.polychron.local;

/** Whether a process is infrastructure the services depend on; services stop first, infrastructure last. */
enum ProcessRole {
    INFRASTRUCTURE,
    SERVICE
}
