package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertMentionOf;
import static org.assertj.core.api.Assertions.assertThat;

class ClocksAfterDaysTest {

    /** Wednesday 3 May 2023. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2023, 5, 3, 14, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | On 9 June 1951 the dam burst at 4:15 a.m., flooding the valley.        | 4:15 a.m.  | 1951-06-09T04:15 | MINUTE
            en | The probe went silent on 2 July 2008; its last signal came at 21:05 GMT. | 21:05      | 2008-07-02T21:05 | MINUTE
            en | The tremor began on 6 October 1985. At 11:32 the first tower fell.     | 11:32      | 1985-10-06T11:32 | MINUTE
            en | The barn caught fire on Monday. Crews reached it at 9 p.m.             | 9 p.m.     | 2023-05-01T21    | HOUR
            en | On 9 June 1951 the dam burst at 4:15 a.m. and the town flooded at 6 a.m. | 6 a.m.   | 1951-06-09T06    | HOUR
            """)
    void shouldPutAClockOnTheDayToldBeforeIt(String language, String text, String expectedText, String expectedValue,
                                            Granularity granularity) {
        assertMentionOf(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The barn caught fire on Monday. The road was shut. Crews came at 9 p.m. | 9 p.m.
            en | The barn was built in 1951. Crews reached it at 9 p.m.                    | 9 p.m.
            en | The barn caught fire on Monday.\\nCrews reached it at 9 p.m.              | 9 p.m.
            en | The fair ran from 2 to 4 June 1990. Crews came at 9 p.m.                  | 9 p.m.
            en | The bank, founded on 3 May 1901, opens at 9 a.m.                         | 9 a.m.
            en | He was arrested on 4 March 2001. He will appear in court at 2 p.m.       | 2 p.m.
            zh | 2010年3月3日，法律通过。今天10:30警方到达。                                     | 今天10:30
            vi | Đây là lần thứ 3 anh ấy đến, lúc 10h30.                                  | 10h30
            """)
    void shouldKeepTheReferencesDayWhereNoDayIsToldJustBefore(String language, String text, String expectedText) {
        assertThat(extractor.extract(text.replace("\\n", "\n"), language, REFERENCE))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .extracting(DateMention::value).asString().startsWith("2023-05-03T");
    }
}
