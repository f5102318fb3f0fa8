package dev.polychron.timeline.repository;

import jakarta.persistence.EntityManager;

/**
 * The PostgreSQL advisory locks that coordinate replicas, each held until its transaction ends. One place for their
 * keys, so that no two share one: the curation lock once had the relay's key, and every consumer that stored entity
 * mentions waited for the relay to publish a batch.
 */
enum AdvisoryLock {

    /** Merging events (the indexer, deletions, curations). */
    TIMELINE(7),
    /** Publishing the outbox. */
    RELAY(8),
    /** Curation rules: shared by writers of mentions, exclusive for a curation. */
    CURATION(9);

    private final int key;

    AdvisoryLock(int key) {
        this.key = key;
    }

    int key() {
        return key;
    }

    void lock(EntityManager session) {
        session.createNativeQuery("select pg_advisory_xact_lock(" + key + ", 0)").getSingleResult();
    }

    void lockShared(EntityManager session) {
        session.createNativeQuery("select pg_advisory_xact_lock_shared(" + key + ", 0)").getSingleResult();
    }

    boolean tryLock(EntityManager session) {
        return (Boolean) session.createNativeQuery("select pg_try_advisory_xact_lock(" + key + ", 0)")
                .getSingleResult();
    }
}
