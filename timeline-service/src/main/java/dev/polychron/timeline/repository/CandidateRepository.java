package dev.polychron.timeline.repository;

import dev.polychron.events.Granularity;
import dev.polychron.timeline.domain.Candidate;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Event candidates of documents. */
@ApplicationScoped
public class CandidateRepository implements PanacheRepository<Candidate> {

    public void replace(String documentId, List<Candidate> candidates) {
        delete("documentId", documentId);
        getEntityManager().flush();
        persist(candidates);
    }

    public List<Candidate> ofDocument(String documentId) {
        return list("documentId = ?1 order by sentenceStart, dateStart", documentId);
    }

    /**
     * Candidates of fully analysed, non-duplicate documents whose dates overlap {@code [from, to]}, of one of the
     * granularities, with their document's language.
     */
    public List<Object[]> liveOverlapping(LocalDate from, LocalDate to, Collection<Granularity> granularities) {
        return getEntityManager().createQuery("""
                        select c, d.language from Candidate c, Document d
                        where d.id = c.documentId and d.entitiesDone = true and d.datesDone = true
                          and d.duplicateOf is null and c.dateFrom <= :to and c.dateTo >= :from
                          and c.granularity in :granularities""", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("granularities", granularities)
                .getResultList();
    }
}
