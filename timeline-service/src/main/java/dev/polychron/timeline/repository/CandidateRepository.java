package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.Candidate;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
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

    /** Candidates of fully analysed, non-duplicate documents whose dates overlap {@code [from, to]}, with language. */
    public List<Object[]> liveOverlapping(LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                        select c, d.language from Candidate c, Document d
                        where d.id = c.documentId and d.entitiesDone = true and d.datesDone = true
                          and d.duplicateOf is null and c.dateFrom <= :to and c.dateTo >= :from""", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
