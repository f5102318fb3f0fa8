package dev.polychron.timeline.service;

import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Near-duplicate documents: a document is a duplicate of the smallest id among the documents within {@link #MAX_BITS}
 * of its body, when that is not its own; its role depends on that set alone, whatever the upload order. ("Almost the
 * same" is not transitive: with b near a and c, a and c apart, b is a's duplicate and c is b's. Groups of one
 * document's neighbours, given one original, made the roles depend on which document was indexed last.)
 */
@ApplicationScoped
public class NearDuplicates {

    /** Two bodies whose 64-bit SimHashes differ in this many bits or fewer are the same article. */
    static final int MAX_BITS = 6;

    private final DocumentRepository documents;

    public NearDuplicates(DocumentRepository documents) {
        this.documents = documents;
    }

    /** The other documents near the document's body. */
    public List<Document> groupOf(Document document) {
        if (document.bodyFingerprint == null) {
            return List.of();
        }
        documents.flush();
        return documents.nearDuplicates(document.bodyFingerprint, MAX_BITS).stream()
                .filter(d -> !d.id.equals(document.id)).toList();
    }

    /**
     * Decides the role of the document and of each document near it (their neighbourhoods now hold it); answers the
     * documents whose role changed, itself included.
     */
    public Set<String> assign(Document document) {
        Set<String> changed = new TreeSet<>(Set.of(document.id));
        if (document.bodyFingerprint == null) {
            return changed;
        }
        documents.flush();
        List<String> neighbours = documents.nearDuplicateIds(document.bodyFingerprint, MAX_BITS);
        for (String memberId : neighbours) {
            // the session answers for the document itself, most often its only neighbour, without a query
            Document member = documents.findById(memberId);
            List<String> ofMember = member == document ? neighbours
                    : documents.nearDuplicateIds(member.bodyFingerprint, MAX_BITS);
            String smallest = ofMember.stream().min(String::compareTo).orElse(member.id);
            String duplicateOf = smallest.compareTo(member.id) < 0 ? smallest : null;
            if (!Objects.equals(member.duplicateOf, duplicateOf)) {
                member.duplicateOf = duplicateOf;
                changed.add(member.id);
            }
        }
        return changed;
    }
}
