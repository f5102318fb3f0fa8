package dev.polychron.timeline.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** When documents were deleted, so that late messages about them do not bring them back. */
@ApplicationScoped
public class TombstoneRepository {

    private final EntityManager em;

    public TombstoneRepository(EntityManager em) {
        this.em = em;
    }

    public void record(String documentId, Instant deletedAt) {
        em.createNativeQuery("""
                        insert into document_tombstone (document_id, deleted_at) values (:id, :at)
                        on conflict (document_id) do update set deleted_at = excluded.deleted_at""")
                .setParameter("id", documentId)
                .setParameter("at", Timestamp.from(deletedAt))
                .executeUpdate();
    }

    // no result class: Hibernate 7.2 cannot match a native query's plan that has one, so each call stored another
    // copy of it and every lookup walked them all
    public Optional<Instant> deletedAt(String documentId) {
        return em.createNativeQuery("select deleted_at from document_tombstone where document_id = :id")
                .setParameter("id", documentId)
                .getResultStream().findFirst().map(Instant.class::cast);
    }

    public void clear(String documentId) {
        em.createNativeQuery("delete from document_tombstone where document_id = :id")
                .setParameter("id", documentId)
                .executeUpdate();
    }
}
