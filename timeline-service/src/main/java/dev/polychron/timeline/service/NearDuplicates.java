package dev.polychron.timeline.service;

import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Near-duplicate documents: of a group of documents with (almost) the same body, the one with the smallest id is the
 * original and the others point to it, whatever the upload order. A group is every document linked through bodies at
 * most {@link #MAX_BITS} apart: "almost the same" is not transitive (a, b and c with b near both, a and c apart), and
 * groups of direct neighbours made the roles depend on which document was indexed last.
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
        List<Document> group = linkedTo(document);
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

    /** The analysed documents linked to the document through near duplicates, one step at a time. */
    private List<Document> linkedTo(Document document) {
        Map<String, Document> found = new LinkedHashMap<>();
        Deque<Long> fingerprints = new ArrayDeque<>(List.of(document.bodyFingerprint));
        while (!fingerprints.isEmpty()) {
            for (Document near : documents.nearDuplicates(fingerprints.poll(), MAX_BITS)) {
                if (found.putIfAbsent(near.id, near) == null) {
                    fingerprints.add(near.bodyFingerprint);
                }
            }
        }
        return List.copyOf(found.values());
    }
}
