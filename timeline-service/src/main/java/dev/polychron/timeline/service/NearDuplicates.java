package dev.polychron.timeline.service;

import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Near-duplicate documents: of a group of documents with (almost) the same body, the one with the smallest id is the
 * original and the others point to it, whatever the upload order.
 */
@ApplicationScoped
public class NearDuplicates {

    /** Two bodies whose 64-bit SimHashes differ in this many bits or fewer are the same article. */
    static final int MAX_BITS = 6;

    private final DocumentRepository documents;

    public NearDuplicates(DocumentRepository documents) {
        this.documents = documents;
    }

    /** The other documents of the document's group. */
    public List<Document> groupOf(Document document) {
        if (document.bodyFingerprint == null) {
            return List.of();
        }
        documents.flush();
        return documents.nearDuplicates(document.bodyFingerprint, MAX_BITS).stream()
                .filter(d -> !d.id.equals(document.id)).toList();
    }

    /** Gives the document's group its original; answers the documents whose role changed, itself included. */
    public Set<String> assign(Document document) {
        Set<String> changed = new TreeSet<>(Set.of(document.id));
        if (document.bodyFingerprint == null) {
            return changed;
        }
        documents.flush();
        List<Document> group = documents.nearDuplicates(document.bodyFingerprint, MAX_BITS);
        String original = group.stream().map(d -> d.id).min(String::compareTo).orElse(document.id);
        for (Document member : group) {
            String duplicateOf = member.id.equals(original) ? null : original;
            if (!Objects.equals(member.duplicateOf, duplicateOf)) {
                member.duplicateOf = duplicateOf;
                changed.add(member.id);
            }
        }
        return changed;
    }
}
