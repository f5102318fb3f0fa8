package dev.polychron.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** One fully populated sample of every payload, shared by the serde tests. */
final class PayloadFixtures {

    static final Instant OCCURRED_AT = Instant.parse("2026-11-23T10:15:30Z");
    static final String DOCUMENT_ID = "5d41402abc4b2a76b9719d91";
    static final String SENTENCE = "On 1 April 2014, NATO suspended cooperation with Russia.";
    static final DateMention APRIL_FIRST = new DateMention("1 April 2014", 3, 15, "2014-04-01", Granularity.DAY,
            null, null, false);
    static final EntityMention NATO = new EntityMention("NATO", 17, 21, EntityType.ORG, "nato", "NATO", 0.9);

    private PayloadFixtures() {
    }

    static DocumentIngested documentIngested() {
        return new DocumentIngested("8a3b6c1e-0000-4000-8000-000000000001", OCCURRED_AT,
                DocumentIngested.SCHEMA_VERSION, DOCUMENT_ID, "ab12", "NATO and Russia", "https://example.org/a",
                "en", OffsetDateTime.of(2014, 4, 2, 8, 0, 0, 0, ZoneOffset.ofHours(2)), OCCURRED_AT, SENTENCE);
    }

    static EntitiesExtracted entitiesExtracted() {
        return new EntitiesExtracted("8a3b6c1e-0000-4000-8000-000000000002", OCCURRED_AT,
                EntitiesExtracted.SCHEMA_VERSION, DOCUMENT_ID, "en", List.of(NATO));
    }

    static DatesExtracted datesExtracted() {
        var candidate = new EventCandidate(0, SENTENCE.length(), SENTENCE, APRIL_FIRST, List.of("nato"));
        return new DatesExtracted("8a3b6c1e-0000-4000-8000-000000000003", OCCURRED_AT,
                DatesExtracted.SCHEMA_VERSION, DOCUMENT_ID, "en", List.of(APRIL_FIRST), List.of(candidate),
                -3_472_328_296_227_680_305L);
    }

    static TimelineUpdated timelineUpdated() {
        var date = new EventDate("2014-04-01", Granularity.DAY, null, null, LocalDate.of(2014, 4, 1),
                LocalDate.of(2014, 4, 1));
        var source = new TimelineEvent.EventSource(DOCUMENT_ID, "NATO and Russia", "en", SENTENCE, 0,
                SENTENCE.length(), new TimelineEvent.Mentions(List.of(APRIL_FIRST), List.of(NATO)));
        var event = new TimelineEvent("ev-1", date, SENTENCE,
                List.of(new TimelineEvent.EntityRef("nato", "NATO", EntityType.ORG)), List.of("en", "vi"), 2,
                List.of(source));
        return new TimelineUpdated("8a3b6c1e-0000-4000-8000-000000000004", OCCURRED_AT,
                TimelineUpdated.SCHEMA_VERSION, 42, TimelineUpdated.Change.CREATED, "ev-1", event);
    }
}
