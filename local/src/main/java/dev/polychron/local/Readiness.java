package dev.polychron.local;

/** A check that a process is ready to serve, the way a Kubernetes readiness probe is. */
@FunctionalInterface
interface Readiness {

    boolean isReady();
}
