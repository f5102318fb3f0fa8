package dev.polychron.nlp.candidates;

import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EntityType;
import dev.polychron.events.EventCandidate;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventCandidateExtractorTest {

    private final EventCandidateExtractor extractor = new EventCandidateExtractor();

    @Test
    void shouldGiveEachClauseWithItsOwnDateACandidateWithItsOwnEntities() {
        String text = "On 26 June 1963 Kennedy spoke in Berlin, and on 12 June 1987 Reagan stood at the Gate.";
        List<EventCandidate> candidates = extract(text, List.of(day(text, "26 June 1963", "1963-06-26"),
                day(text, "12 June 1987", "1987-06-12")), "Kennedy", "Berlin", "Reagan", "Gate");

        assertThat(candidates).extracting(c -> c.date().value()).containsExactly("1963-06-26", "1987-06-12");
        assertThat(candidates.get(0).entityIds()).containsExactly("id-berlin", "id-kennedy");
        assertThat(candidates.get(1).entityIds()).containsExactly("id-gate", "id-reagan");
        assertThat(candidates).allSatisfy(c -> {
            assertThat(c.sentence()).isEqualTo(text);
            assertThat(c.sentenceStart()).isZero();
        });
    }

    @Test
    void shouldKeepOneCandidateWhenTheDatesCanBeTheSameDayOrNoClauseMarkSeparatesThem() {
        String sameDay = "In 1989, on 9 November, Berlin opened the wall.";
        assertThat(extract(sameDay, List.of(year(sameDay, "1989"), day(sameDay, "9 November", "1989-11-09")),
                "Berlin")).singleElement().satisfies(c -> {
                    assertThat(c.date().value()).isEqualTo("1989-11-09");
                    assertThat(c.entityIds()).containsExactly("id-berlin");
                });

        String span = "Between 1961 and 1989 Berlin was divided.";
        assertThat(extract(span, List.of(year(span, "1961"), year(span, "1989")), "Berlin")).singleElement()
                .satisfies(c -> assertThat(c.date().value()).isEqualTo("1961"));
    }

    @Test
    void shouldLeaveOutDatesOfReferencesAndSentencesWithoutDates() {
        String text = "Berlin grew. Retrieved 2014, Berlin.";
        DateMention reference = new DateMention("2014", text.indexOf("2014"), text.indexOf("2014") + 4, "2014",
                Granularity.YEAR, null, null, true);

        assertThat(extract(text, List.of(reference), "Berlin")).isEmpty();
    }

    private List<EventCandidate> extract(String text, List<DateMention> dates, String... names) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf(". ", start); end >= 0; end = text.indexOf(". ", start)) {
            sentences.add(new Span(start, end + 1));
            start = end + 2;
        }
        sentences.add(new Span(start, text.length()));
        List<EntityMention> entities = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                entities.add(new EntityMention(name, at, at + name.length(), EntityType.LOC,
                        "id-" + name.toLowerCase(), name, 0.9));
            }
        }
        entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return extractor.extract(text, sentences, dates, entities);
    }

    private static DateMention day(String text, String surface, String value) {
        int at = text.indexOf(surface);
        return new DateMention(surface, at, at + surface.length(), value, Granularity.DAY, null, null, false);
    }

    private static DateMention year(String text, String surface) {
        int at = text.indexOf(surface);
        return new DateMention(surface, at, at + surface.length(), surface, Granularity.YEAR, null, null, false);
    }
}
