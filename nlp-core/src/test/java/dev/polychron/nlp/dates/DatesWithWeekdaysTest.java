package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class DatesWithWeekdaysTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tr | Konser 28 aralık cuma başladı.       | 28 aralık cuma        | 2012-12-28
            tr | Konser cuma aralık 28 başladı.       | cuma aralık 28        | 2012-12-28
            el | Η συναυλία ήταν Παρασκευή, 28 Δεκεμβρίου. | Παρασκευή, 28 Δεκεμβρίου | 2012-12-28
            en | The concert was on Friday, 28 December. | Friday, 28 December | 2012-12-28
            tr | Seçim 3 Mart Pazar yapılacak.        | 3 Mart Pazar          | 2013-03-03
            tr | Toplantı 5 Şubat Salı yapıldı.       | 5 Şubat Salı          | 2013-02-05
            tr | Konser 18 temmuz cuma başlıyor.      | 18 temmuz cuma        | 2014-07-18
            el | Η συναυλία είναι Παρασκευή, 18 Ιουλίου. | Παρασκευή, 18 Ιουλίου | 2014-07-18
            en | The show opens Fri, Jul 18 at noon.  | Fri, Jul 18           | 2014-07-18
            en | The show opens Jul 18, Fri.          | Jul 18, Fri           | 2014-07-18
            nb | Konserten er Fre, 18. juli i Oslo.   | Fre, 18. juli         | 2014-07-18
            de | Das Konzert ist am Fr., 18. Juli.    | Fr., 18. Juli         | 2014-07-18
            sv | Konserten börjar 18 juli, Fre.       | 18 juli, Fre          | 2014-07-18
            th | คอนเสิร์ตจัดเมื่อวันศุกร์ที่ 18 กรกฎาคม | วันศุกร์ที่ 18 กรกฎาคม | 2014-07-18
            """)
    void shouldPutTheDayInTheYearOfItsWeekdayNearestTheReference(String language, String text,
            String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The ferry sailed on Sunday 7 June 1998 at dawn.    | Sunday 7 June 1998     | 1998-06-07
            en | The album came out on Tuesday, March 3, 1970.     | Tuesday, March 3, 1970 | 1970-03-03
            """)
    void shouldTakeInTheWeekdayThatAgreesWithADayWrittenWithItsYear(String language, String text,
            String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tr | Toplantı yarın cuma yapılacak.       | yarın       | 2013-02-13
            en | They met on Monday, 1 April 2014.    | 1 April 2014 | 2014-04-01
            tr | Toplantı 22 Ocak Pazartesi yapıldı.  | 22 Ocak Pazartesi | 2013-01-22
            tr | Konser 18 temmuz pazartesi başlıyor. | 18 temmuz pazartesi | 2013-07-18
            sv | Konserten är fre 18 juli i Malmö.    | 18 juli     | 2013-07-18
            pt | Em 7 de setembro, Dom Pedro falou.   | 7 de setembro | 2012-09-07
            es | El 15 de julio, Mar Flores habló.    | 15 de julio | 2012-07-15
            """)
    void shouldKeepTheDayWhenItsYearOrMonthIsNotWrittenOrNoNearerYearFits(String language, String text, String expectedText,
            String expectedValue) {
        assertThat(extractor.extract(text, language, REFERENCE)).first().satisfies(mention -> {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(expectedValue);
        });
    }
}
