package dev.polychron.timeline.service;

import dev.polychron.events.DateMention;
import dev.polychron.events.DatesExtracted;
import dev.polychron.events.DocumentIngested;
import dev.polychron.events.EntitiesExtracted;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EventCandidate;
import dev.polychron.events.EventDate;
import dev.polychron.timeline.domain.Candidate;
import dev.polychron.timeline.domain.DateSpan;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import dev.polychron.timeline.domain.EntitySpan;
import dev.polychron.timeline.repository.CandidateRepository;
import dev.polychron.timeline.repository.CurationRepository;
import dev.polychron.timeline.repository.DocumentRepository;
import dev.polychron.timeline.repository.EntityRepository;
import dev.polychron.timeline.repository.IndexRequestRepository;
import dev.polychron.timeline.repository.MentionRepository;
import dev.polychron.timeline.repository.ProcessedEventRepository;
import dev.polychron.timeline.repository.TombstoneRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the pipeline's messages to the stored documents: each method is one transaction that first records the
 * message id, so a redelivered message changes nothing.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    private final ProcessedEventRepository processed;
    private final DocumentRepository documents;
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final CandidateRepository candidates;
    private final CurationRepository curation;
    private final EntityLinker linker;
    private final SurnameLinks surnames;
    private final TombstoneRepository tombstones;
    private final IndexRequestRepository requests;
    private final Event<DocumentAnalysed> analysedEvents;
    private final Counter entitiesStored;
    private final Counter datesStored;

    public DocumentService(ProcessedEventRepository processed, DocumentRepository documents,
                           MentionRepository mentions, EntityRepository entities, CandidateRepository candidates,
                           CurationRepository curation, EntityLinker linker, SurnameLinks surnames,
                           TombstoneRepository tombstones, IndexRequestRepository requests,
                           Event<DocumentAnalysed> analysedEvents,
                           MeterRegistry metrics) {
        this.processed = processed;
        this.documents = documents;
        this.mentions = mentions;
        this.entities = entities;
        this.candidates = candidates;
        this.curation = curation;
        this.linker = linker;
        this.surnames = surnames;
        this.tombstones = tombstones;
        this.requests = requests;
        this.analysedEvents = analysedEvents;
        this.entitiesStored = stored("entities", metrics);
        this.datesStored = stored("dates", metrics);
    }

    /** One half of a document's analysis stored by this instance; the instance that stores the last half queues it. */
    private static Counter stored(String part, MeterRegistry metrics) {
        return Counter.builder("polychron.analyses.stored").tag("part", part)
                .description("Analyses (nlp.entities or nlp.dates records) this instance stored")
                .register(metrics);
    }

    /** A document was accepted: it is RECEIVED from now on, whatever arrives next. */
    public void received(DocumentIngested message) {
        if (!processed.markProcessed(message.eventId())) {
            return;
        }
        Optional<Instant> deletedAt = tombstones.deletedAt(message.documentId());
        if (deletedAt.isPresent()) {
            if (message.receivedAt().isBefore(deletedAt.get())) {
                return;
            }
            tombstones.clear(message.documentId());
        }
        Document document = documents.lockOrCreate(message.documentId(), message.receivedAt());
        // the upload's checksum marks a filled row; its text would be read just for the test (it is loaded lazily)
        if (document.sha256 == null) {
            document.sha256 = message.sha256();
            document.text = message.text();
            document.title = message.title();
            document.url = message.url();
            document.languageHint = message.languageHint();
            document.publishedAt = message.publishedAt();
            document.receivedAt = message.receivedAt();
            document.updatedAt = Instant.now();
        }
    }

    public void entitiesExtracted(EntitiesExtracted message) {
        if (!processed.markProcessed(message.eventId()) || deletedSince(message.documentId(), message.occurredAt())) {
            return;
        }
        List<String> newPersons = surnames.newPersons(message.mentions());
        // the curation lock before the document's row, in the order deletions and curations take them
        if (newPersons.isEmpty()) {
            curation.lockShared();
        } else {
            linker.lockLinks();
        }
        Document document = documents.lockOrCreate(message.documentId(), message.occurredAt());
        CurationRules rules = curation.rules();
        List<EntitySpan> spans = new ArrayList<>();
        List<EntityRepository.Sighting> sightings = new ArrayList<>();
        for (EntityMention mention : message.mentions()) {
            EntitySpan span = entitySpan(document.id, mention, rules.resolve(mention.entityId(), mention.text()));
            sightings.add(new EntityRepository.Sighting(span.entityId, mention.name(), mention.type().name(),
                    mention.text(), message.language()));
            spans.add(span);
        }
        entities.register(sightings);
        Map<String, Long> countChanges = mentions.replaceEntities(document.id, spans);
        documents.flush();
        entities.addToCounts(countChanges);
        if (!newPersons.isEmpty()) {
            relink(surnames.learn(newPersons));
        }
        document.entitiesDone = true;
        document.entitiesAnalyzedAt = message.occurredAt();
        entitiesStored.increment();
        analyzed(document, message.language());
    }

    public void datesExtracted(DatesExtracted message) {
        if (!processed.markProcessed(message.eventId()) || deletedSince(message.documentId(), message.occurredAt())) {
            return;
        }
        Document document = documents.lockOrCreate(message.documentId(), message.occurredAt());
        mentions.replaceDates(document.id, message.mentions().stream().map(m -> dateSpan(document.id, m)).toList());
        candidates.replace(document.id, message.candidates().stream().map(c -> candidate(document.id, c)).toList());
        document.bodyFingerprint = message.bodyFingerprint();
        document.datesDone = true;
        document.datesAnalyzedAt = message.occurredAt();
        datesStored.increment();
        analyzed(document, message.language());
    }

    /** A message made before its document was deleted, delivered late: it must not bring the document back. */
    private boolean deletedSince(String documentId, Instant madeAt) {
        return tombstones.deletedAt(documentId).filter(deletedAt -> madeAt.isBefore(deletedAt)).isPresent();
    }

    /** Re-links the documents that mention these names (as extracted) after their learned links changed. */
    private void relink(Set<String> extractedIds) {
        Set<String> changedDocuments = new TreeSet<>();
        extractedIds.forEach(id -> changedDocuments.addAll(curation.documentsWithExtracted(id)));
        linker.relinkAndQueue(changedDocuments, extractedIds);
    }

    /**
     * A consumer gave up on one of the document's records and dead-lettered it: the document is FAILED with the
     * reason until a replayed record gets it indexed. {@code deadLetterId} identifies the dead-letter record, so that
     * reading it again (after a crash) cannot fail a document that a replay has indexed since.
     */
    public void failed(String deadLetterId, String documentId, String reason) {
        if (!processed.markProcessed(deadLetterId)) {
            return;
        }
        Document document = documents.lockOrCreate(documentId, Instant.now());
        document.status = DocumentStatus.FAILED;
        document.failureReason = reason;
        document.updatedAt = Instant.now();
        Log.warnf("Document %s failed: %s", documentId, reason);
    }

    /** A fully analysed document waits for the indexer (see {@link DocumentIndexer}), which this wakes on commit. */
    private void analyzed(Document document, String language) {
        document.language = language;
        document.updatedAt = Instant.now();
        if (document.status != DocumentStatus.FAILED) {
            document.status = DocumentStatus.ANALYZED;
        }
        if (document.isAnalyzed()) {
            requests.add(document.id);
            analysedEvents.fire(new DocumentAnalysed(document.id));
        }
    }

    private static EntitySpan entitySpan(String documentId, EntityMention m, String entityId) {
        EntitySpan span = new EntitySpan();
        span.documentId = documentId;
        span.start = m.start();
        span.end = m.end();
        span.text = m.text();
        span.type = m.type();
        span.entityId = entityId;
        span.extractedEntityId = m.entityId();
        span.confidence = m.confidence();
        return span;
    }

    private static DateSpan dateSpan(String documentId, DateMention m) {
        DateSpan span = new DateSpan();
        span.documentId = documentId;
        span.start = m.start();
        span.end = m.end();
        span.text = m.text();
        span.value = m.value();
        span.granularity = m.granularity();
        span.modifier = m.modifier();
        span.rangeEnd = m.rangeEnd();
        span.inReferences = m.inReferences();
        return span;
    }

    private static Candidate candidate(String documentId, EventCandidate c) {
        Candidate candidate = new Candidate();
        candidate.documentId = documentId;
        candidate.sentenceStart = c.sentenceStart();
        candidate.sentenceEnd = c.sentenceEnd();
        candidate.sentence = c.sentence();
        candidate.dateStart = c.date().start();
        candidate.dateEnd = c.date().end();
        candidate.dateValue = c.date().value();
        candidate.granularity = c.date().granularity();
        candidate.modifier = c.date().modifier();
        candidate.rangeEnd = c.date().rangeEnd();
        candidate.extractedEntityIds = String.join(" ", c.entityIds());
        candidate.entityIds = candidate.extractedEntityIds;
        EventDate date = EventDate.of(candidate.dateValue, candidate.granularity, candidate.modifier,
                candidate.rangeEnd);
        candidate.dateFrom = date.from();
        candidate.dateTo = date.to();
        return candidate;
    }
}
