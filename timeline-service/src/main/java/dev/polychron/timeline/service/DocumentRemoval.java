package dev.polychron.timeline.service;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.repository.CandidateRepository;
import dev.polychron.timeline.repository.DocumentRepository;
import dev.polychron.timeline.repository.EntityRepository;
import dev.polychron.timeline.repository.MentionRepository;
import dev.polychron.timeline.repository.TombstoneRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deletes a document: its sources leave their events (an event left without sources disappears), its mentions and
 * candidates go, its near-duplicates choose their original again, and the changes go out through the outbox.
 */
@ApplicationScoped
public class DocumentRemoval {

    private final DocumentRepository documents;
    private final MentionRepository mentions;
    private final CandidateRepository candidates;
    private final EntityRepository entities;
    private final TombstoneRepository tombstones;
    private final NearDuplicates nearDuplicates;
    private final EntityLinker linker;
    private final TimelineMerger merger;
    private final OutboxService outbox;

    public DocumentRemoval(DocumentRepository documents, MentionRepository mentions, CandidateRepository candidates,
                           EntityRepository entities, TombstoneRepository tombstones, NearDuplicates nearDuplicates,
                           EntityLinker linker, TimelineMerger merger, OutboxService outbox) {
        this.documents = documents;
        this.mentions = mentions;
        this.candidates = candidates;
        this.entities = entities;
        this.tombstones = tombstones;
        this.nearDuplicates = nearDuplicates;
        this.linker = linker;
        this.merger = merger;
        this.outbox = outbox;
    }

    @Transactional
    public void delete(String id) {
        linker.lockAlone();
        Document document = documents.findById(id);
        if (document == null) {
            throw ProblemException.notFound("No document " + id);
        }
        List<Document> group = nearDuplicates.groupOf(document);
        Set<String> mentioned = new TreeSet<>();
        mentions.entities(List.of(id)).forEach(span -> mentioned.add(span.entityId));
        candidates.replace(id, List.of());
        Map<String, TimelineUpdated.Change> changes = new HashMap<>(merger.index(id));
        documents.delete(document);
        documents.flush();
        Set<String> reassigned = new TreeSet<>();
        for (Document member : group) {
            for (String changed : nearDuplicates.assign(member)) {
                changes.putAll(merger.index(changed));
                reassigned.add(changed);
            }
        }
        entities.recount(mentioned);
        tombstones.record(id, Instant.now());
        outbox.recordChanges(changes, reassigned);
        Log.infof("Deleted document %s: %d events changed", id, changes.size());
    }
}
