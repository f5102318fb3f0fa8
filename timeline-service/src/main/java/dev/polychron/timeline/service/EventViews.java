package dev.polychron.timeline.service;

import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EventDate;
import dev.polychron.events.TimelineEvent;
import dev.polychron.timeline.domain.DateSpan;
import dev.polychron.timeline.domain.EntitySpan;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.domain.NamedEntity;
import dev.polychron.timeline.domain.Source;
import dev.polychron.timeline.repository.DocumentRepository;
import dev.polychron.timeline.repository.EntityRepository;
import dev.polychron.timeline.repository.EventRepository;
import dev.polychron.timeline.repository.MentionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds events as the API and the stream show them, with a fixed number of queries per page. */
@ApplicationScoped
public class EventViews {

    private final EventRepository events;
    private final DocumentRepository documents;
    private final EntityRepository entities;
    private final MentionRepository mentions;

    public EventViews(EventRepository events, DocumentRepository documents, EntityRepository entities,
                      MentionRepository mentions) {
        this.events = events;
        this.documents = documents;
        this.entities = entities;
        this.mentions = mentions;
    }

    /**
     * The views of {@code page}, in its order.
     *
     * @param language the reader's language: the summary comes from a source in it when there is one
     */
    public List<TimelineEvent> of(List<Event> page, String language) {
        List<String> eventIds = page.stream().map(e -> e.id).toList();
        Map<String, List<Source>> sourcesByEvent = events.sources(eventIds).stream()
                .collect(Collectors.groupingBy(s -> s.eventId));
        Set<String> documentIds = sourcesByEvent.values().stream().flatMap(List::stream).map(s -> s.documentId)
                .collect(Collectors.toSet());
        Map<String, String> titles = documents.titles(documentIds);
        Map<String, List<EntitySpan>> entitySpans = mentions.entitiesInSourcesOf(eventIds).stream()
                .collect(Collectors.groupingBy(m -> m.documentId));
        Map<String, List<DateSpan>> dateSpans = mentions.datesInSourcesOf(eventIds).stream()
                .collect(Collectors.groupingBy(m -> m.documentId));
        Set<String> entityIds = page.stream().flatMap(e -> e.entityIds.stream()).collect(Collectors.toSet());
        entitySpans.values().forEach(spans -> spans.forEach(s -> entityIds.add(s.entityId)));
        Map<String, NamedEntity> entitiesById = byId(entityIds.isEmpty() ? List.of()
                : entities.list("id in ?1", entityIds), e -> e.id);

        return page.stream().map(event -> {
            List<TimelineEvent.EventSource> sources = sourcesByEvent.getOrDefault(event.id, List.of()).stream()
                    .map(s -> source(s, titles.get(s.documentId), entitySpans.getOrDefault(s.documentId,
                            List.of()), dateSpans.getOrDefault(s.documentId, List.of()), entitiesById))
                    .toList();
            return new TimelineEvent(event.id,
                    EventDate.of(event.dateValue, event.granularity, event.modifier, event.rangeEnd),
                    summary(event, sources, language),
                    event.entityIds.stream().sorted().map(id -> entityRef(id, entitiesById)).toList(),
                    sources);
        }).toList();
    }

    private static String summary(Event event, List<TimelineEvent.EventSource> sources, String language) {
        if (language == null || language.equals(event.summaryLanguage)) {
            return event.summary;
        }
        return sources.stream()
                .filter(s -> language.equals(s.language()))
                .min(Comparator.comparing(TimelineEvent.EventSource::documentId))
                .map(s -> Summaries.of(s.sentence()))
                .orElse(event.summary);
    }

    private static TimelineEvent.EventSource source(Source source, String title, List<EntitySpan> entitySpans,
                                                    List<DateSpan> dateSpans, Map<String, NamedEntity> entities) {
        List<DateMention> dates = dateSpans.stream()
                .filter(d -> d.start >= source.sentenceStart && d.end <= source.sentenceEnd)
                .map(d -> new DateMention(d.text, d.start, d.end, d.value, d.granularity, d.modifier, d.rangeEnd,
                        d.inReferences))
                .toList();
        List<EntityMention> entityMentions = entitySpans.stream()
                .filter(m -> m.start >= source.sentenceStart && m.end <= source.sentenceEnd)
                .map(m -> entityMention(m, entities))
                .toList();
        return new TimelineEvent.EventSource(source.documentId, title,
                source.language, source.sentence, source.sentenceStart, source.sentenceEnd,
                new TimelineEvent.Mentions(dates, entityMentions));
    }

    static EntityMention entityMention(EntitySpan m, Map<String, NamedEntity> entities) {
        NamedEntity entity = entities.get(m.entityId);
        return new EntityMention(m.text, m.start, m.end, m.type, m.entityId, entity == null ? m.text : entity.name,
                m.confidence);
    }

    private static TimelineEvent.EntityRef entityRef(String id, Map<String, NamedEntity> entities) {
        NamedEntity entity = entities.get(id);
        return entity == null
                ? new TimelineEvent.EntityRef(id, id, null)
                : new TimelineEvent.EntityRef(id, entity.name, entity.type);
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
