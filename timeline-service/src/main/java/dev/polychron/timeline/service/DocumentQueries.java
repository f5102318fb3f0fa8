package dev.polychron.timeline.service;

import dev.polychron.events.Annotations;
import dev.polychron.events.DateMention;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import dev.polychron.timeline.domain.EntitySpan;
import dev.polychron.timeline.domain.NamedEntity;
import dev.polychron.timeline.repository.DocumentRepository;
import dev.polychron.timeline.repository.EntityRepository;
import dev.polychron.timeline.repository.EventRepository;
import dev.polychron.timeline.repository.MentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read side of documents: status, counts, pages, annotations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentQueries {

    private final DocumentRepository documents;
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final EventRepository events;

    public DocumentQueries(DocumentRepository documents, MentionRepository mentions, EntityRepository entities,
                           EventRepository events) {
        this.documents = documents;
        this.mentions = mentions;
        this.entities = entities;
        this.events = events;
    }

    public Optional<Document> document(String id) {
        return documents.findByIdOptional(id);
    }

    /** Entity, date and event counts of each document: three queries however many documents. */
    public Map<String, long[]> counts(List<String> ids) {
        Map<String, Long> entityCounts = mentions.countEntities(ids);
        Map<String, Long> dateCounts = mentions.countDates(ids);
        Map<String, Long> eventCounts = events.countEventsOfDocuments(ids);
        return ids.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> new long[] {
                entityCounts.getOrDefault(id, 0L), dateCounts.getOrDefault(id, 0L), eventCounts.getOrDefault(id, 0L)}));
    }

    /** The texts of the documents that have one, by id. */
    public Map<String, String> texts(List<String> ids) {
        return documents.texts(ids);
    }

    public List<Document> page(DocumentStatus status, Instant beforeReceivedAt, String beforeId, int limit) {
        return documents.page(status, beforeReceivedAt, beforeId, limit);
    }

    public Optional<Annotations> annotations(String id) {
        return documents.findByIdOptional(id).map(document -> {
            List<EntitySpan> entitySpans = mentions.entities(List.of(id));
            Set<String> entityIds = entitySpans.stream().map(m -> m.entityId).collect(Collectors.toSet());
            Map<String, NamedEntity> byId = (entityIds.isEmpty() ? List.<NamedEntity>of()
                    : entities.list("id in ?1", entityIds)).stream()
                    .collect(Collectors.toMap(e -> e.id, Function.identity()));
            List<DateMention> dates = mentions.dates(List.of(id)).stream()
                    .map(d -> new DateMention(d.text, d.start, d.end, d.value, d.granularity, d.modifier, d.rangeEnd,
                            d.inReferences))
                    .toList();
            return new Annotations(document.language,
                    entitySpans.stream().map(m -> EventViews.entityMention(m, byId)).toList(), dates);
        });
    }
}
