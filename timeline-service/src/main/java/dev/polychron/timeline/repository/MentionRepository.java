package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.DateSpan;
import dev.polychron.timeline.domain.EntitySpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Entity and date mentions of documents. */
@ApplicationScoped
public class MentionRepository {

    private final EntityManager em;

    public MentionRepository(EntityManager em) {
        this.em = em;
    }

    /** Replaces a document's entity mentions; answers the entity ids whose counts changed. */
    public List<String> replaceEntities(String documentId, List<EntitySpan> spans) {
        List<String> before = em.createQuery(
                        "select distinct m.entityId from EntitySpan m where m.documentId = :id", String.class)
                .setParameter("id", documentId).getResultList();
        em.createQuery("delete from EntitySpan where documentId = :id").setParameter("id", documentId)
                .executeUpdate();
        spans.forEach(em::persist);
        return Stream.concat(before.stream(), spans.stream().map(s -> s.entityId))
                .distinct().toList();
    }

    public void replaceDates(String documentId, List<DateSpan> spans) {
        em.createQuery("delete from DateSpan where documentId = :id").setParameter("id", documentId)
                .executeUpdate();
        spans.forEach(em::persist);
    }

    public List<EntitySpan> entities(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from EntitySpan where documentId in :ids order by documentId, start", EntitySpan.class)
                .setParameter("ids", documentIds).getResultList();
    }

    public List<DateSpan> dates(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from DateSpan where documentId in :ids order by documentId, start", DateSpan.class)
                .setParameter("ids", documentIds).getResultList();
    }

    public long countEntities(String documentId) {
        return em.createQuery("select count(m) from EntitySpan m where m.documentId = :id", Long.class)
                .setParameter("id", documentId).getSingleResult();
    }

    public long countDates(String documentId) {
        return em.createQuery("select count(m) from DateSpan m where m.documentId = :id", Long.class)
                .setParameter("id", documentId).getSingleResult();
    }
}
