package dev.polychron.timeline.repository;

import dev.polychron.events.Granularity;
import dev.polychron.timeline.domain.DateRange;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.domain.Source;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Timeline events and their source sentences. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, String> {

    /** Ids in one statement: a bind parameter each, well under the driver's limit. */
    private static final int IDS_PER_STATEMENT = 5000;

    /** Serialises merging across every replica until the transaction ends. */
    public void lockTimeline() {
        AdvisoryLock.TIMELINE.lock(getEntityManager());
    }

    /**
     * The entities of each event of one of the granularities whose dates overlap one of the ranges (an empty set for
     * an event without any), as values: loaded as entities, every event of a busy range was dirty-checked, with its
     * entity set, at each flush of the merge, though a batch changes few of them (see {@link #withIds}).
     */
    public Map<String, Set<String>> entitiesOverlapping(List<DateRange> ranges, Collection<Granularity> granularities) {
        Map<String, Set<String>> entities = new HashMap<>();
        Overlaps.bind(getEntityManager().createQuery("select e.id, i from Event e left join e.entityIds i "
                        + "where e.granularity in :granularities and " + Overlaps.anyOf("e"), Object[].class), ranges)
                .setParameter("granularities", granularities)
                .getResultStream()
                .forEach(row -> {
                    Set<String> ids = entities.computeIfAbsent((String) row[0], id -> new HashSet<>());
                    if (row[1] != null) {
                        ids.add((String) row[1]);
                    }
                });
        return entities;
    }

    /** The events with these ids, with their entities in the same query. */
    public List<Event> withIds(Collection<String> eventIds) {
        List<String> ids = List.copyOf(eventIds);
        List<Event> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            found.addAll(getEntityManager()
                    .createQuery("select e from Event e left join fetch e.entityIds where e.id in :ids", Event.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
                    .getResultList());
        }
        return found;
    }

    /** How many events each of the documents is a source of (documents without any are left out). */
    public Map<String, Long> countEventsOfDocuments(Collection<String> documentIds) {
        return Counts.byKey(getEntityManager().createQuery("select s.documentId, count(distinct s.eventId) from Source s"
                + " where s.documentId in :ids group by s.documentId", Object[].class), documentIds);
    }

    /**
     * A source's place and its event's dates, read as values: merging then loads no Source or Event just to find
     * which events hold which candidates, and Hibernate has fewer entities to dirty-check before each query.
     */
    public record HeldSource(long id, String eventId, String documentId, int sentenceStart, int sentenceEnd,
            int dateStart, String language, LocalDate eventFrom, LocalDate eventTo, Granularity eventGranularity) {
    }

    /** The dates of a candidate and of the event that holds the source made from it. */
    public record Holding(LocalDate candidateFrom, LocalDate candidateTo, LocalDate eventFrom, LocalDate eventTo) {
    }

    /**
     * For each candidate of the granularities that overlaps one of the ranges and has become an event source: its
     * dates and its event's, found by the candidates' range index instead of reading every source of their documents.
     */
    public List<Holding> holding(List<DateRange> ranges, Collection<Granularity> granularities) {
        return Overlaps.bind(getEntityManager().createQuery("""
                        select c.dateFrom, c.dateTo, e.dateFrom, e.dateTo from Candidate c, Source s, Event e
                        where s.documentId = c.documentId and s.sentenceStart = c.sentenceStart
                          and s.dateStart = c.dateStart and e.id = s.eventId and c.granularity in :granularities
                          and """ + Overlaps.anyOf("c"), Object[].class), ranges)
                .setParameter("granularities", granularities)
                .getResultStream()
                .map(row -> new Holding((LocalDate) row[0], (LocalDate) row[1], (LocalDate) row[2],
                        (LocalDate) row[3]))
                .toList();
    }

    public List<HeldSource> heldSourcesOfDocuments(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return heldSources("s.documentId in :ids", query -> query.setParameter("ids", documentIds));
    }

    /**
     * The sources of the events {@link #overlapping} answers, selected by the same condition: as a list of their ids
     * the parameters grew with the busy ranges (thousands of them, past the driver's limit of 32,767 in time).
     */
    public List<HeldSource> heldSourcesOverlapping(List<DateRange> ranges, Collection<Granularity> granularities) {
        return heldSources("e.granularity in :granularities and " + Overlaps.anyOf("e"),
                query -> Overlaps.bind(query, ranges).setParameter("granularities", granularities));
    }

    private List<HeldSource> heldSources(String condition, UnaryOperator<TypedQuery<Object[]>> bind) {
        return bind.apply(getEntityManager().createQuery("""
                        select s.id, s.eventId, s.documentId, s.sentenceStart, s.sentenceEnd, s.dateStart, s.language,
                               e.dateFrom, e.dateTo, e.granularity
                        from Source s, Event e where e.id = s.eventId and\s""" + condition, Object[].class))
                .getResultStream()
                .map(row -> new HeldSource((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3],
                        (Integer) row[4], (Integer) row[5], (String) row[6], (LocalDate) row[7], (LocalDate) row[8],
                        (Granularity) row[9]))
                .toList();
    }

    public List<Source> sources(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                        "from Source where eventId in :ids order by eventId, documentId, sentenceStart", Source.class)
                .setParameter("ids", eventIds).getResultList();
    }

    /** The sources of the events that sentences of the documents make, in the order of {@link #sources}. */
    public List<Source> sourcesFrom(Collection<String> eventIds, Collection<String> documentIds) {
        if (eventIds.isEmpty() || documentIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        from Source where eventId in :ids and documentId in :documents
                        order by eventId, documentId, sentenceStart""", Source.class)
                .setParameter("ids", eventIds).setParameter("documents", documentIds).getResultList();
    }

    /** How many sources each of the events has, and in which languages. */
    public Map<String, SourceTally> sourceTallies(Collection<String> eventIds) {
        Map<String, SourceTally> tallies = new HashMap<>();
        if (eventIds.isEmpty()) {
            return tallies;
        }
        getEntityManager().createQuery("""
                        select s.eventId, s.language, count(s) from Source s where s.eventId in :ids
                        group by s.eventId, s.language""", Object[].class)
                .setParameter("ids", eventIds)
                .getResultStream()
                .forEach(row -> tallies.merge((String) row[0],
                        new SourceTally(((Long) row[2]).intValue(), new TreeSet<>(Set.of((String) row[1]))),
                        SourceTally::plus));
        return tallies;
    }

    public void persistSource(Source source) {
        getEntityManager().persist(source);
    }

    public void deleteSources(Collection<Long> sourceIds) {
        List<Long> ids = List.copyOf(sourceIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            getEntityManager().createQuery("delete from Source where id in :ids")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
                    .executeUpdate();
        }
    }

    /**
     * One page of the timeline in date order, then id, after the keyset position if given. With a start date, the
     * events that started before it and still run on it come first, then those that start from it on: each part has
     * an index that yields it directly (see migrations V15 and V16).
     */
    public List<Event> page(TimelineFilter filter, LocalDate afterFrom, String afterId, int limit) {
        Rows rows = Rows.of(filter);
        String start = rows.dateFrom();
        if (filter.from() == null) {
            return filter.to() == null ? select(rows, "1 = 1", Map.of(), filter, afterFrom, afterId, limit)
                    : select(rows, start + " <= :to", Map.of("to", filter.to()), filter, afterFrom, afterId, limit);
        }
        List<Event> page = new ArrayList<>();
        if (afterFrom == null || afterFrom.isBefore(filter.from())) {
            page.addAll(select(rows, start + " < :from and function('timeline_runs_on', e.dateFrom, e.dateTo, :from)"
                    + " = true", Map.of("from", filter.from()), filter, afterFrom, afterId, limit));
        }
        if (page.size() < limit) {
            Map<String, Object> window = new HashMap<>(Map.of("from", filter.from()));
            if (filter.to() != null) {
                window.put("to", filter.to());
            }
            page.addAll(select(rows, filter.to() == null ? start + " >= :from" : start + " between :from and :to",
                    window, filter, afterFrom, afterId, limit - page.size()));
        }
        return page;
    }

    /** The first {@code limit} events in a date condition that match the filter's other parts, in page order. */
    private List<Event> select(Rows rows, String dates, Map<String, Object> dateParameters, TimelineFilter filter,
                               LocalDate afterFrom, String afterId, int limit) {
        StringBuilder where = new StringBuilder(dates);
        Map<String, Object> parameters = new HashMap<>(dateParameters);
        if (filter.entityIds() != null) {
            where.append(" and l.entityId in :entityIds");
            if (filter.entityIds().size() > 1) {
                // an event of two of the entities has a row for each: the row of the first one stands for it
                where.append(" and not exists (select 1 from EntityEvent m where m.eventId = l.eventId"
                        + " and m.entityId in :entityIds and m.entityId < l.entityId)");
            }
            parameters.put("entityIds", filter.entityIds());
        }
        if (filter.language() != null) {
            where.append(" and exists (select 1 from Source s where s.eventId = e.id and s.language = :language)");
            parameters.put("language", filter.language());
        }
        if (filter.text() != null) {
            where.append(" and exists (select 1 from Source s where s.eventId = e.id"
                    + " and function('timeline_text_matches', s.sentence, :text) = true)");
            parameters.put("text", prefixQuery(filter.text()));
        }
        if (afterFrom != null) {
            // a row comparison, which the index serves: the same test spelt with "or" made the planner scan the
            // index from the first event of all time (1.1 s for a page in 1950 with 1,000,000 events)
            where.append(" and (%s, %s) > (:afterFrom, :afterId)".formatted(rows.dateFrom(), rows.id()));
            parameters.put("afterFrom", afterFrom);
            parameters.put("afterId", afterId);
        }
        var query = getEntityManager().createQuery("select e from %s where %s order by %s, %s"
                .formatted(rows.from(), where, rows.dateFrom(), rows.id()), Event.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * What a page reads and the columns of its order: the events, or an entity's rows of them, which carry the
     * event's start date so that their index yields them in order.
     */
    private record Rows(String from, String dateFrom, String id) {
        static final Rows EVENTS = new Rows("Event e", "e.dateFrom", "e.id");
        static final Rows OF_ENTITIES = new Rows("EntityEvent l join Event e on e.id = l.eventId", "l.dateFrom",
                "l.eventId");

        static Rows of(TimelineFilter filter) {
            return filter.entityIds() == null ? EVENTS : OF_ENTITIES;
        }
    }

    /**
     * The tsquery of what a person typed: every word must occur, each as a word or the start of one ("canal ope"
     * finds "the canal opened"). Only letters and digits reach the query, so no input can break its syntax.
     */
    static String prefixQuery(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT) + ":*");
            }
        }
        return words.isEmpty() ? "" : String.join(" & ", words);
    }

    /** What a timeline query filters by; null fields do not filter. */
    public record TimelineFilter(List<String> entityIds, LocalDate from, LocalDate to, String language,
                                 String text) {
    }
}
