package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.Candidate;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

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
}
