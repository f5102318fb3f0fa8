package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.DateSpan;
import dev.polychron.timeline.domain.EntitySpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Entity and date mentions of documents. */
@ApplicationScoped
public class MentionRepository {

    private final EntityManager em;

    public MentionRepository(EntityManager em) {
        this.em = em;
    }

    /** Replaces a document's entity mentions; answers by how much each entity's mention count changed. */
    public Map<String, Long> replaceEntities(String documentId, List<EntitySpan> spans) {
        Map<String, Long> changes = new TreeMap<>();
        em.createQuery("select m.entityId, count(m) from EntitySpan m where m.documentId = :id group by m.entityId",
                        Object[].class)
                .setParameter("id", documentId)
                .getResultStream()
                .forEach(row -> changes.merge((String) row[0], -(Long) row[1], Long::sum));
        em.createQuery("delete from EntitySpan where documentId = :id").setParameter("id", documentId)
                .executeUpdate();
        spans.forEach(em::persist);
        spans.forEach(span -> changes.merge(span.entityId, 1L, Long::sum));
        changes.values().removeIf(change -> change == 0);
        return changes;
    }

    public void replaceDates(String documentId, List<DateSpan> spans) {
        em.createQuery("delete from DateSpan where documentId = :id").setParameter("id", documentId)
                .executeUpdate();
        spans.forEach(em::persist);
    }

    /** The entity mentions inside the source sentences of the events, by document and offset. */
    public List<EntitySpan> entitiesInSourcesOf(Collection<String> eventIds) {
        return inSourcesOf(EntitySpan.class, eventIds, null);
    }

    /** The date mentions inside the source sentences of the events, by document and offset. */
    public List<DateSpan> datesInSourcesOf(Collection<String> eventIds) {
        return inSourcesOf(DateSpan.class, eventIds, null);
    }

    /** The entity mentions inside those source sentences of the events that the documents make. */
    public List<EntitySpan> entitiesInSourcesOf(Collection<String> eventIds, Collection<String> documentIds) {
        return documentIds.isEmpty() ? List.of() : inSourcesOf(EntitySpan.class, eventIds, documentIds);
    }

    /** The date mentions inside those source sentences of the events that the documents make. */
    public List<DateSpan> datesInSourcesOf(Collection<String> eventIds, Collection<String> documentIds) {
        return documentIds.isEmpty() ? List.of() : inSourcesOf(DateSpan.class, eventIds, documentIds);
    }

    /** {@code documentIds} null: of every document. */
    private <T> List<T> inSourcesOf(Class<T> type, Collection<String> eventIds, Collection<String> documentIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        // distinct: one sentence with two dates is two sources
        TypedQuery<T> query = em.createQuery("""
                        select distinct m from %s m, Source s
                        where s.eventId in :ids and m.documentId = s.documentId %s
                          and m.start >= s.sentenceStart and m.end <= s.sentenceEnd
                        order by m.documentId, m.start""".formatted(type.getSimpleName(),
                        documentIds == null ? "" : "and s.documentId in :documents"), type)
                .setParameter("ids", eventIds);
        return documentIds == null ? query.getResultList()
                : query.setParameter("documents", documentIds).getResultList();
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

    /** How many entity mentions each of the documents has (documents without any are left out). */
    public Map<String, Long> countEntities(Collection<String> documentIds) {
        return countByDocument("EntitySpan", documentIds);
    }

    /** How many date mentions each of the documents has (documents without any are left out). */
    public Map<String, Long> countDates(Collection<String> documentIds) {
        return countByDocument("DateSpan", documentIds);
    }

    private Map<String, Long> countByDocument(String entity, Collection<String> documentIds) {
        return Counts.byKey(em.createQuery("select m.documentId, count(m) from " + entity
                + " m where m.documentId in :ids group by m.documentId", Object[].class), documentIds);
    }
}
