package dev.polychron.timeline.service;

import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EventClusteringTest {

    private static final Set<String> NATO_RUSSIA = Set.of("org-nato", "loc-ru");

    private static EventClustering.Member member(String document, int start, String date, Granularity granularity,
                                                 Set<String> entities) {
        return new EventClustering.Member((document + ":" + start).hashCode(), document, start, start + 10,
                start + 1, "en", date, granularity, null, null, entities);
    }

    @ParameterizedTest
    @CsvSource({
            "2014-04-01, 2014-04-01, true",
            "2014-04-01, 2014-04, true",
            "2014, 2014-04-01, true",
            "201, 2014, true",
            "2014-04-01, 2014-04-02, false",
            "2014-04, 2014-05, false",
            "2014, 2015, false"})
    void shouldAgreeOnDateOnlyWhenSameAtCommonGranularity(String a, String b, boolean expected) {
        assertThat(EventClustering.sameDate(a, b)).isEqualTo(expected);
        assertThat(EventClustering.sameDate(b, a)).isEqualTo(expected);
    }

    @Test
    void shouldMergeSameDayToldInThreeDocumentsWhenEntitiesAgree() {
        List<EventClustering.Cluster> clusters = EventClustering.cluster(List.of(
                member("en", 0, "2014-04-01", Granularity.DAY, NATO_RUSSIA),
                member("vi", 5, "2014-04-01", Granularity.DAY, NATO_RUSSIA),
                member("el", 9, "2014-04-01", Granularity.DAY, Set.of("loc-ru"))));

        assertThat(clusters).singleElement().satisfies(c -> assertThat(c.members()).hasSize(3));
    }

    @Test
    void shouldKeepDifferentDaysApartWhenEntitiesAgree() {
        assertThat(EventClustering.cluster(List.of(
                member("en", 0, "2014-04-01", Granularity.DAY, NATO_RUSSIA),
                member("vi", 0, "2014-04-02", Granularity.DAY, NATO_RUSSIA)))).hasSize(2);
    }

    @Test
    void shouldKeepCoarseDateApartWhenItSharesTooFewEntities() {
        assertThat(EventClustering.cluster(List.of(
                member("en", 0, "2014-04-01", Granularity.DAY, Set.of("org-nato", "loc-ru", "loc-ua", "loc-ge")),
                member("vi", 0, "2014", Granularity.YEAR, Set.of("loc-ru"))))).hasSize(2);
    }

    @Test
    void shouldGiveSameEventsWhenCandidatesArriveInAnyOrder() {
        List<EventClustering.Member> members = new ArrayList<>();
        String[] dates = {"2014-04-01", "2014-04", "2014", "2014-04-02", "1997-05-27", "1997"};
        Granularity[] granularities = {Granularity.DAY, Granularity.MONTH, Granularity.YEAR, Granularity.DAY,
                Granularity.DAY, Granularity.YEAR};
        List<Set<String>> entitySets = List.of(NATO_RUSSIA, Set.of("loc-ru"), Set.of("org-nato"), Set.of(),
                Set.of("loc-ua", "loc-ru"));
        Random random = new Random(42);
        for (int i = 0; i < 60; i++) {
            int d = random.nextInt(dates.length);
            members.add(member("doc" + random.nextInt(8), i * 20, dates[d], granularities[d],
                    entitySets.get(random.nextInt(entitySets.size()))));
        }
        Set<Set<String>> expected = asSets(EventClustering.cluster(members));

        for (int round = 0; round < 20; round++) {
            Collections.shuffle(members, random);
            assertThat(asSets(EventClustering.cluster(members))).isEqualTo(expected);
        }
    }

    @Test
    void shouldChooseAsTryingEveryEventWouldAmongManyEventsOfOneYear() {
        List<EventClustering.Member> members = new ArrayList<>();
        String[] dates = {"2014", "2014-03", "2014-04", "2014-04-01", "2014-04-02", "2014-05-09", "201", "2015"};
        Granularity[] granularities = {Granularity.YEAR, Granularity.MONTH, Granularity.MONTH, Granularity.DAY,
                Granularity.DAY, Granularity.DAY, Granularity.DECADE, Granularity.YEAR};
        List<String> entities = List.of("loc-ru", "loc-ua", "org-nato", "per-a", "per-b", "org-eu");
        Random random = new Random(7);
        for (int i = 0; i < 600; i++) {
            int d = random.nextInt(dates.length);
            Set<String> named = entities.stream().filter(e -> random.nextInt(4) == 0).collect(Collectors.toSet());
            members.add(member("doc" + random.nextInt(40), i * 20, dates[d], granularities[d], named));
        }

        assertThat(asSets(EventClustering.cluster(members))).isEqualTo(byTryingEveryEvent(members));
    }

    /** The clustering's rules applied by trying every event so far for each candidate, in the clustering's order. */
    private static Set<Set<String>> byTryingEveryEvent(List<EventClustering.Member> members) {
        List<EventClustering.Member> ordered = members.stream().sorted(java.util.Comparator
                .comparing(EventClustering.Member::granularity).thenComparing(EventClustering.Member::dateValue)
                .thenComparing(EventClustering.Member::documentId)
                .thenComparingInt(EventClustering.Member::sentenceStart)).toList();
        List<List<EventClustering.Member>> events = new ArrayList<>();
        for (EventClustering.Member member : ordered) {
            List<EventClustering.Member> best = null;
            int bestShared = 0;
            for (List<EventClustering.Member> event : events) {
                int shared = agreement(event, member);
                if (shared > bestShared) {
                    best = event;
                    bestShared = shared;
                }
            }
            if (best == null) {
                events.add(new ArrayList<>(List.of(member)));
            } else {
                best.add(member);
            }
        }
        return events.stream().map(e -> e.stream().map(EventClustering.Member::key).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static int agreement(List<EventClustering.Member> event, EventClustering.Member member) {
        EventClustering.Member seed = event.get(0);
        Set<String> named = event.stream().flatMap(m -> m.entityIds().stream()).collect(Collectors.toSet());
        if (!EventClustering.sameDate(seed.dateValue(), member.dateValue())) {
            return 0;
        }
        if (member.entityIds().isEmpty() || named.isEmpty()) {
            return member.entityIds().isEmpty() && seed.entityIds().isEmpty()
                    && seed.dateValue().equals(member.dateValue()) ? 1 : 0;
        }
        int shared = (int) member.entityIds().stream().filter(named::contains).count();
        long seedShared = seed.entityIds().stream().filter(member.entityIds()::contains).count();
        double jaccard = (double) seedShared / (seed.entityIds().size() + member.entityIds().size() - seedShared);
        return shared > 0 && member.granularity() != seed.granularity() && jaccard < 0.5 ? 0 : shared;
    }

    private static Set<Set<String>> asSets(List<EventClustering.Cluster> clusters) {
        return clusters.stream()
                .map(c -> c.members().stream().map(EventClustering.Member::key).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }
}
