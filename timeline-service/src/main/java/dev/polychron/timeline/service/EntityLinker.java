package dev.polychron.timeline.service;

import dev.polychron.timeline.domain.Candidate;
import dev.polychron.timeline.domain.EntitySpan;
import dev.polychron.timeline.repository.CandidateRepository;
import dev.polychron.timeline.repository.CurationRepository;
import dev.polychron.timeline.repository.EntityRepository;
import dev.polychron.timeline.repository.IndexRequestRepository;
import dev.polychron.timeline.repository.MentionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Shows documents' entity mentions and event candidates under the ids the curation rules give. */
@ApplicationScoped
public class EntityLinker {

    /** Documents whose mentions and candidates are read in one query each: well under the driver's bind limit. */
    private static final int DOCUMENTS_PER_QUERY = 1000;

    private final MentionRepository mentions;
    private final CandidateRepository candidates;
    private final CurationRepository curation;
    private final EntityRepository entities;
    private final TimelineMerger merger;
    private final OutboxService outbox;
    private final IndexRequestRepository requests;

    public EntityLinker(MentionRepository mentions, CandidateRepository candidates, CurationRepository curation,
                        EntityRepository entities, TimelineMerger merger, OutboxService outbox,
                        IndexRequestRepository requests) {
        this.mentions = mentions;
        this.candidates = candidates;
        this.curation = curation;
        this.entities = entities;
        this.merger = merger;
        this.outbox = outbox;
        this.requests = requests;
    }

    /** Runs the transaction alone: no mention is written and no document indexed meanwhile, on any replica. */
    public void lockAlone() {
        curation.lockExclusive();
        merger.lock();
    }

    /** Runs the transaction alone among those that write mentions or links, on any replica; indexing goes on. */
    public void lockLinks() {
        curation.lockExclusive();
    }

    /**
     * After the rules changed: re-links the documents under the current rules, recounts the entities that gained or
     * lost mentions (and {@code alsoRecount}), and brings their events in line, publishing the changes.
     */
    public void relinkAndIndex(Collection<String> documentIds, Set<String> alsoRecount) {
        relinkAndRecount(documentIds, alsoRecount);
        outbox.recordChanges(merger.indexDocuments(documentIds), documentIds);
    }

    /**
     * {@link #relinkAndIndex} with the indexing left to the indexer: the analysed documents among them wait to be
     * indexed again, and this transaction needs no timeline lock (so it waits for no batch being merged).
     */
    public void relinkAndQueue(Collection<String> documentIds, Set<String> alsoRecount) {
        relinkAndRecount(documentIds, alsoRecount);
        requests.addAnalysed(documentIds);
    }

    private void relinkAndRecount(Collection<String> documentIds, Set<String> alsoRecount) {
        entities.flush();
        CurationRules rules = curation.rules();
        Set<String> touched = new TreeSet<>(alsoRecount);
        touched.addAll(relink(documentIds, rules));
        entities.flush();
        entities.recount(touched);
    }

    /**
     * Re-links the documents, a chunk of them per two queries (a document at a time took two queries each); answers
     * the entity ids that lost or gained mentions.
     */
    public Set<String> relink(Collection<String> documentIds, CurationRules rules) {
        Set<String> touched = new HashSet<>();
        List<String> ids = List.copyOf(documentIds);
        for (int from = 0; from < ids.size(); from += DOCUMENTS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + DOCUMENTS_PER_QUERY));
            List<EntitySpan> spans = mentions.entities(chunk);
            for (EntitySpan span : spans) {
                String id = rules.resolve(span.extractedEntityId, span.text);
                if (!id.equals(span.entityId)) {
                    touched.add(span.entityId);
                    touched.add(id);
                    span.entityId = id;
                }
            }
            Map<String, List<EntitySpan>> spansOfDocuments = spans.stream()
                    .collect(Collectors.groupingBy(span -> span.documentId));
            for (Candidate candidate : candidates.ofDocuments(chunk)) {
                candidate.entityIds = entityIds(candidate,
                        spansOfDocuments.getOrDefault(candidate.documentId, List.of()), rules);
            }
        }
        return touched;
    }

    /**
     * A candidate's entities: each extracted id becomes the ids its mentions in the sentence are shown under (a split
     * may send two mentions of one extracted entity apart), or its merge target when no mention carries it.
     */
    static String entityIds(Candidate candidate, List<EntitySpan> spans, CurationRules rules) {
        Set<String> ids = new TreeSet<>();
        for (String extracted : candidate.extractedEntityIdList()) {
            List<String> shown = spans.stream()
                    .filter(s -> s.start >= candidate.sentenceStart && s.end <= candidate.sentenceEnd
                            && s.extractedEntityId.equals(extracted))
                    .map(s -> s.entityId)
                    .toList();
            if (shown.isEmpty()) {
                ids.add(rules.resolve(extracted, null));
            } else {
                ids.addAll(shown);
            }
        }
        return String.join(" ", ids);
    }
}
