package dev.polychron.timeline.repository;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import dev.polychron.timeline.domain.Candidate;
import dev.polychron.timeline.domain.DateRange;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Event candidates of documents. */
@ApplicationScoped
public class CandidateRepository implements PanacheRepository<Candidate> {

    /** Candidate ids in one statement: a bind parameter each, well under the driver's limit. */
    private static final int SENTENCE_CHUNK = 5000;

    public void replace(String documentId, List<Candidate> candidates) {
        delete("documentId", documentId);
        getEntityManager().flush();
        persist(candidates);
    }

    public List<Candidate> ofDocuments(Collection<String> documentIds) {
        return list("documentId in ?1 order by documentId, sentenceStart, dateStart", documentIds);
    }

    /** The dates of a candidate, all that choosing the ranges to re-cluster needs of it. */
    public record Dates(Granularity granularity, LocalDate dateFrom, LocalDate dateTo) {
    }

    /**
     * The dates of the documents' candidates, in one query for them all, as values: read as entities a document at a
     * time, a batch took a query per document and left every candidate to be dirty-checked at each flush.
     */
    public List<Dates> datesOfDocuments(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select c.granularity, c.dateFrom, c.dateTo from Candidate c"
                        + " where c.documentId in :ids", Object[].class)
                .setParameter("ids", documentIds)
                .getResultStream()
                .map(row -> new Dates((Granularity) row[0], (LocalDate) row[1], (LocalDate) row[2]))
                .toList();
    }

    /**
     * A candidate as merging reads it, with its document's language: a value, not an entity, so that however many
     * a re-clustering reads, Hibernate has no more entities to dirty-check before each later query. Without its
     * sentence, which only the sources written need (see {@link #sentences}): a busy range holds many thousands.
     */
    public record LiveCandidate(long id, String documentId, int sentenceStart, int sentenceEnd, int dateStart,
            String language, String dateValue, Granularity granularity, Modifier modifier, String rangeEnd,
            List<String> entityIds, LocalDate dateFrom, LocalDate dateTo) {
    }

    /** The sentences of the candidates, by candidate id. */
    public Map<Long, String> sentences(Collection<Long> candidateIds) {
        Map<Long, String> sentences = new HashMap<>();
        List<Long> ids = List.copyOf(candidateIds);
        for (int from = 0; from < ids.size(); from += SENTENCE_CHUNK) {
            getEntityManager().createQuery("select c.id, c.sentence from Candidate c where c.id in :ids",
                            Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SENTENCE_CHUNK)))
                    .getResultStream()
                    .forEach(row -> sentences.put((Long) row[0], (String) row[1]));
        }
        return sentences;
    }

    /**
     * Candidates of non-duplicate documents on the timeline whose dates overlap one of the ranges, of one of the
     * granularities. On the timeline: being indexed (the batch took its requests), or indexed once. A document that
     * waits for its first indexing is not (its near-duplicate role is not decided yet); one that waits to be indexed
     * again stays on with its latest analysis, so that other batches do not take its sources away meanwhile.
     */
    public List<LiveCandidate> liveOverlapping(List<DateRange> ranges, Collection<Granularity> granularities) {
        return Overlaps.bind(getEntityManager().createQuery("""
                        select c.id, c.documentId, c.sentenceStart, c.sentenceEnd, c.dateStart, d.language,
                               c.dateValue, c.granularity, c.modifier, c.rangeEnd, c.entityIds, c.dateFrom, c.dateTo
                        from Candidate c, Document d
                        where d.id = c.documentId and d.entitiesDone = true and d.datesDone = true
                          and d.duplicateOf is null
                          and (d.indexedAt is not null
                               or not exists (select 1 from IndexRequest q where q.documentId = d.id))
                          and c.granularity in :granularities and """
                        + Overlaps.anyOf("c"), Object[].class), ranges)
                .setParameter("granularities", granularities)
                .getResultStream()
                .map(row -> new LiveCandidate((Long) row[0], (String) row[1], (Integer) row[2], (Integer) row[3],
                        (Integer) row[4], (String) row[5], (String) row[6], (Granularity) row[7], (Modifier) row[8],
                        (String) row[9], Candidate.ids((String) row[10]), (LocalDate) row[11], (LocalDate) row[12]))
                .toList();
    }
}
