package dev.polychron.gateway.service;

import dev.polychron.events.EntityType;
import dev.polychron.events.EventDate;
import dev.polychron.events.Granularity;
import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineStreamTest {

    private static final String SENTENCE = "On 9 March 2031 the Arctic rescue agreement was signed in Tromsø.";

    @Test
    void shouldDropTheOldestChangesOnceTheirJsonOutgrowsTheMemoryBudget() {
        long oneChange = StreamedChange.of(updated(1, "en")).heldBytes();
        TimelineStream stream = new TimelineStream(100, 3 * oneChange + oneChange / 2, Runnable::run);

        for (long sequence = 1; sequence <= 5; sequence++) {
            stream.publish(List.of(updated(sequence, "en")));
        }

        assertThat(stream.held()).isEqualTo(3);
        assertThat(stream.oldestHeld()).isEqualTo(3);
        assertThat(sequences(stream, 2, change -> true)).containsExactly(3L, 4L, 5L);
    }

    @Test
    void shouldSendChangesPublishedTogetherInOneOfferToEachSubscriber() {
        TimelineStream stream = new TimelineStream(100, Long.MAX_VALUE, Runnable::run);
        List<List<Long>> offers = new ArrayList<>();
        stream.subscribe(-1, List.of(), true, change -> true,
                changes -> offers.add(changes.stream().map(StreamedChange::sequence).toList()));

        stream.publish(List.of(updated(1, "en"), updated(2, "en"), updated(3, "en")));

        assertThat(offers).as("what it missed, nothing, then the round").containsExactly(List.of(), List.of(1L, 2L, 3L));
    }

    @Test
    void shouldSendAResumingSubscriberTheFetchedAndTheHeldChangesInOneOffer() {
        TimelineStream stream = new TimelineStream(100, Long.MAX_VALUE, Runnable::run);
        stream.publish(List.of(updated(3, "en"), updated(4, "en")));
        List<List<Long>> offers = new ArrayList<>();

        stream.subscribe(0, List.of(StreamedChange.of(updated(1, "en")), StreamedChange.of(updated(2, "en"))), true,
                change -> true, changes -> offers.add(changes.stream().map(StreamedChange::sequence).toList()));

        assertThat(offers).containsExactly(List.of(1L, 2L, 3L, 4L));
    }

    @Test
    void shouldKeepNoMoreChangesThanItsCapacity() {
        TimelineStream stream = new TimelineStream(2, Long.MAX_VALUE, Runnable::run);

        for (long sequence = 1; sequence <= 5; sequence++) {
            stream.publish(List.of(updated(sequence, "en")));
        }

        assertThat(sequences(stream, 3, change -> true)).containsExactly(4L, 5L);
    }

    @Test
    void shouldSendOnlyTheFetchedHistoryWhenItsReadingStoppedShortOfWhatIsHeld() {
        TimelineStream stream = new TimelineStream(100, Long.MAX_VALUE, Runnable::run);
        stream.publish(List.of(updated(10, "en"), updated(11, "en")));
        List<Long> received = new ArrayList<>();

        assertThat(stream.subscribe(1, List.of(StreamedChange.of(updated(2, "en"))), false, change -> true,
                collect(received))).as("nothing was let go of here, but 3 to 9 were never held").isEmpty();
        assertThat(received).containsExactly(2L);
    }

    @Test
    void shouldSendOnlyTheFetchedHistoryToASubscriberThatLacksAChangeAlreadyLetGoOf() {
        TimelineStream stream = new TimelineStream(2, Long.MAX_VALUE, Runnable::run);
        for (long sequence = 1; sequence <= 5; sequence++) {
            stream.publish(List.of(updated(sequence, "en")));
        }
        StreamedChange second = StreamedChange.of(updated(2, "en"));
        StreamedChange third = StreamedChange.of(updated(3, "en"));
        List<Long> behind = new ArrayList<>();
        List<Long> whole = new ArrayList<>();

        assertThat(stream.subscribe(1, List.of(second), true, change -> true, collect(behind)))
                .as("3 was let go of, and the history read ends at 2: the stream ends there").isEmpty();
        assertThat(stream.subscribe(1, List.of(second, third), true, change -> true, collect(whole))).isPresent();
        stream.publish(List.of(updated(6, "en")));

        assertThat(behind).containsExactly(2L);
        assertThat(whole).containsExactly(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void shouldSendANewSubscriberOnlyTheChangesFromNowOnAndAResumingOneWhatItMissed() {
        TimelineStream stream = new TimelineStream(100, Long.MAX_VALUE, Runnable::run);
        stream.publish(List.of(updated(1, "en")));
        stream.publish(List.of(updated(2, "en")));
        List<Long> fresh = new ArrayList<>();
        List<Long> resuming = new ArrayList<>();

        stream.subscribe(-1, List.of(), true, change -> true, collect(fresh));
        stream.subscribe(1, List.of(), true, change -> true, collect(resuming));
        stream.publish(List.of(updated(3, "en")));

        assertThat(fresh).containsExactly(3L);
        assertThat(resuming).containsExactly(2L, 3L);
    }

    @Test
    void shouldOfferEveryChangePublishedSinceTheLastRoundAtOnce() {
        List<Runnable> rounds = new ArrayList<>();
        TimelineStream stream = new TimelineStream(100, Long.MAX_VALUE, rounds::add);
        List<List<Long>> offers = new ArrayList<>();
        stream.subscribe(-1, List.of(), true, change -> true,
                changes -> offers.add(changes.stream().map(StreamedChange::sequence).toList()));

        for (long sequence = 1; sequence <= 3; sequence++) {
            stream.publish(List.of(updated(sequence, "en")));
        }
        rounds.forEach(Runnable::run);
        stream.publish(List.of(updated(4, "en")));
        rounds.get(rounds.size() - 1).run();

        assertThat(rounds).as("one round scheduled while one waits").hasSize(2);
        assertThat(offers).containsExactly(List.of(), List.of(1L, 2L, 3L), List.of(4L));
    }

    @Test
    void shouldHoldNothingWhenOneChangeIsLargerThanTheWholeBudget() {
        TimelineStream stream = new TimelineStream(100, 16, Runnable::run);

        stream.publish(List.of(updated(1, "en")));

        assertThat(stream.oldestHeld()).as("resuming streams ask timeline-service").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void shouldKeepWhatSubscribersFilterOnBesideTheJson() {
        StreamedChange change = StreamedChange.of(updated(7, "vi"));
        StreamedChange deletion = StreamedChange.of(new TimelineUpdated("t-8", Instant.now(), 1, 8,
                TimelineUpdated.Change.DELETED, "event-8", null));

        assertThat(change.withEvent()).isTrue();
        assertThat(change.entityIds()).containsExactly("loc-ru");
        assertThat(change.languages()).containsExactly("vi");
        assertThat(change.frame().toString()).startsWith("id: 7\nevent: updated\ndata: {").endsWith("}\n\n")
                .contains("\"sequence\":7").contains(SENTENCE);
        assertThat(deletion.withEvent()).isFalse();
        assertThat(deletion.entityIds()).isEmpty();
    }

    @Test
    void shouldFilterOnTheLanguagesOfAllTheEventsSourcesNotOnlyThoseTheChangeCarries() {
        TimelineUpdated english = updated(9, "en");
        TimelineEvent told = english.event();
        TimelineEvent toldAlsoInGreek = new TimelineEvent(told.id(), told.date(), told.summary(), told.entities(),
                List.of("el", "en"), 40, told.sources());

        StreamedChange change = StreamedChange.of(new TimelineUpdated("t-9", Instant.now(), 2, 9,
                TimelineUpdated.Change.UPDATED, told.id(), toldAlsoInGreek));

        assertThat(change.languages()).containsExactlyInAnyOrder("el", "en");
    }

    private static Consumer<List<StreamedChange>> collect(List<Long> sequences) {
        return changes -> changes.forEach(change -> sequences.add(change.sequence()));
    }

    private static List<Long> sequences(TimelineStream stream, long after,
                                        java.util.function.Predicate<StreamedChange> filter) {
        List<Long> received = new ArrayList<>();
        stream.subscribe(after, List.of(), true, filter,
                changes -> changes.forEach(change -> received.add(change.sequence())));
        return received;
    }

    private static TimelineUpdated updated(long sequence, String language) {
        TimelineEvent event = new TimelineEvent("event-" + sequence,
                EventDate.of("2031-03-09", Granularity.DAY, null, null), SENTENCE,
                List.of(new TimelineEvent.EntityRef("loc-ru", "Russia", EntityType.LOC)),
                List.of(language), 1, List.of(new TimelineEvent.EventSource("doc-" + sequence, "Title", language,
                        SENTENCE, 0,
                        SENTENCE.length(), new TimelineEvent.Mentions(List.of(), List.of()))));
        return new TimelineUpdated("t-" + sequence, Instant.now(), 1, sequence, TimelineUpdated.Change.UPDATED,
                event.id(), event);
    }
}
