package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBasedDateExtractorTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2026, 11, 23, 12, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | It happened on 27 May 1997 in Paris.        | 27 May 1997               | 1997-05-27 | DAY
            en | Signed February 6, 1990, in Moscow.         | February 6, 1990          | 1990-02-06 | DAY
            en | In October 2021 Russia left.                | October 2021              | 2021-10    | MONTH
            en | The summit met on 2014-04-01.               | 2014-04-01                | 2014-04-01 | DAY
            vi | Vào ngày 1 tháng 4 năm 2014, NATO họp.      | ngày 1 tháng 4 năm 2014   | 2014-04-01 | DAY
            vi | Vào tháng 7 năm 1990, hai bên ký.           | tháng 7 năm 1990          | 1990-07    | MONTH
            el | Την 1η Απριλίου 2014 το ΝΑΤΟ αποφάσισε.     | 1η Απριλίου 2014          | 2014-04-01 | DAY
            el | στις 19 Δεκεμβρίου 1989 στη Μάλτα           | 19 Δεκεμβρίου 1989        | 1989-12-19 | DAY
            de | Am 1. April 2014 beschloss die NATO.        | 1. April 2014             | 2014-04-01 | DAY
            fr | Le 1er avril 2014, l'OTAN a décidé.         | 1er avril 2014            | 2014-04-01 | DAY
            ru | 1 апреля 2014 года НАТО приостановило.      | 1 апреля 2014             | 2014-04-01 | DAY
            vi | Nga gia nhập năm 1994.                      | 1994                      | 1994       | YEAR
            """)
    void shouldNormaliseAbsoluteDateWhenWrittenInLanguage(String language, String text, String expectedText,
                                                         String expectedValue, Granularity expectedGranularity) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);

        assertThat(mentions).hasSize(1);
        DateMention mention = mentions.get(0);
        assertThat(mention.text()).isEqualTo(expectedText);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(expectedText);
        assertThat(mention.value()).isEqualTo(expectedValue);
        assertThat(mention.granularity()).isEqualTo(expectedGranularity);
    }

    @Test
    void shouldIgnoreCitationMarksAndLongNumbersWhenLookingForYears() {
        String text = "See note [1994] and call 0123456789 or pay 12,2014.5 euros; ISBN 978-3-16-148410-0.";

        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }

    @Test
    void shouldFallBackToMonthWhenDayDoesNotExist() {
        assertThat(extractor.extract("on 31 February 2014", "en", REFERENCE))
                .extracting(DateMention::value)
                .containsExactly("2014-02");
    }
}
