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
import dev.polychron.timeline.repository.SourceTally;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
     * The views of {@code page}, in its order, with every source.
     *
     * @param language the reader's language: the summary comes from a source in it when there is one
     */
    public List<TimelineEvent> of(List<Event> page, String language) {
        List<String> eventIds = page.stream().map(e -> e.id).toList();
        List<Source> sources = events.sources(eventIds);
        Map<String, SourceTally> tallies = new HashMap<>();
        sources.forEach(s -> tallies.merge(s.eventId, new SourceTally(1, new TreeSet<>(Set.of(s.language))),
                SourceTally::plus));
        return views(page, sources, tallies, mentions.entitiesInSourcesOf(eventIds),
                mentions.datesInSourcesOf(eventIds), language);
    }

    /**
     * The views of {@code page} as changes carry them: with the number and languages of all their sources, but only
     * the sources that {@code documentIds} make (those just indexed). An event of thousands of sources would
     * otherwise be read, written to the outbox and sent to every subscriber whole at each change.
     */
    public List<TimelineEvent> changed(List<Event> page, Collection<String> documentIds) {
        List<String> eventIds = page.stream().map(e -> e.id).toList();
        return views(page, events.sourcesFrom(eventIds, documentIds), events.sourceTallies(eventIds),
                mentions.entitiesInSourcesOf(eventIds, documentIds), mentions.datesInSourcesOf(eventIds, documentIds),
                null);
    }

    private List<TimelineEvent> views(List<Event> page, List<Source> sources, Map<String, SourceTally> tallies,
                                      List<EntitySpan> entityMentions, List<DateSpan> dateMentions,
                                      String language) {
        Map<String, List<Source>> sourcesByEvent = sources.stream().collect(Collectors.groupingBy(s -> s.eventId));
        Map<String, String> titles = documents.titles(sources.stream().map(s -> s.documentId)
                .collect(Collectors.toSet()));
        Map<String, List<EntitySpan>> entitySpans = entityMentions.stream()
                .collect(Collectors.groupingBy(m -> m.documentId));
        Map<String, List<DateSpan>> dateSpans = dateMentions.stream().collect(Collectors.groupingBy(m -> m.documentId));
        Set<String> entityIds = page.stream().flatMap(e -> e.entityIds.stream()).collect(Collectors.toSet());
        entityMentions.forEach(s -> entityIds.add(s.entityId));
        Map<String, NamedEntity> entitiesById = byId(entityIds.isEmpty() ? List.of()
                : entities.list("id in ?1", entityIds), e -> e.id);

        return page.stream().map(event -> {
            List<TimelineEvent.EventSource> eventSources = sourcesByEvent.getOrDefault(event.id, List.of()).stream()
                    .map(s -> source(s, titles.get(s.documentId), entitySpans.getOrDefault(s.documentId,
                            List.of()), dateSpans.getOrDefault(s.documentId, List.of()), entitiesById))
                    .toList();
            SourceTally tally = tallies.getOrDefault(event.id, new SourceTally(0, new TreeSet<>()));
            return new TimelineEvent(event.id,
                    EventDate.of(event.dateValue, event.granularity, event.modifier, event.rangeEnd),
                    summary(event, eventSources, language),
                    event.entityIds.stream().sorted().map(id -> entityRef(id, entitiesById)).toList(),
                    List.copyOf(tally.languages()), tally.count(), eventSources);
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
