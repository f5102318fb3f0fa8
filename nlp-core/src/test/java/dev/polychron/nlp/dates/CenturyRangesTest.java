package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class CenturyRangesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 9, 2, 8, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Tin mining flourished between the 12th and 14th centuries here.   | between the 12th and 14th centuries | 11  | 13  | CENTURY
            en | The abbey grew from the 9th to the 11th century.                  | from the 9th to the 11th century    | 08  | 10  | CENTURY
            en | Its 18th–19th century houses still stand.                         | 18th–19th century                   | 17  | 18  | CENTURY
            en | The city was Greek from the 6th to the 4th century BC.            | from the 6th to the 4th century BC  | -06 | -04 | CENTURY
            en | Jazz clubs thrived from the 1920s to the 1950s in the district.   | from the 1920s to the 1950s         | 192 | 195 | DECADE
            en | Wages stagnated during the 1970s–1990s.                            | the 1970s–1990s                     | 197 | 199 | DECADE
            fr | Le château fut remanié du XIIIe au XVe siècle.                     | du XIIIe au XVe siècle              | 12  | 14  | CENTURY
            fr | Le port déclina des années 1950 aux années 1970.                   | des années 1950 aux années 1970     | 195 | 197 | DECADE
            de | Die Burg wurde vom 12. bis zum 14. Jahrhundert ausgebaut.          | vom 12. bis zum 14. Jahrhundert     | 11  | 13  | CENTURY
            ru | Монастырь перестраивали в XIII—XV веках.                           | XIII—XV веках                       | 12  | 14  | CENTURY
            ru | Город рос с XII по XIV век.                                        | с XII по XIV век                    | 11  | 13  | CENTURY
            uk | Фортецю звели у XIII—XIV століттях.                                | XIII—XIV століттях                  | 12  | 13  | CENTURY
            el | Το κάστρο χτίστηκε από τον 12ο έως τον 14ο αιώνα.                  | από τον 12ο έως τον 14ο αιώνα       | 11  | 13  | CENTURY
            it | La torre fu abitata dal XII al XIV secolo.                         | dal XII al XIV secolo               | 11  | 13  | CENTURY
            es | La ermita se usó entre los siglos XII y XIV.                       | entre los siglos XII y XIV          | 11  | 13  | CENTURY
            es | La ermita se usó del siglo XII al XIV.                             | del siglo XII al XIV                | 11  | 13  | CENTURY
            pt | A aldeia cresceu entre os séculos XII e XIV.                       | entre os séculos XII e XIV          | 11  | 13  | CENTURY
            nl | De kerk werd van de 12e tot de 14e eeuw uitgebreid.                | van de 12e tot de 14e eeuw          | 11  | 13  | CENTURY
            pl | Zamek rozbudowywano od XII do XIV wieku.                           | od XII do XIV wieku                 | 11  | 13  | CENTURY
            vi | Ngôi chùa được trùng tu từ thế kỷ 12 đến thế kỷ 14.                | từ thế kỷ 12 đến thế kỷ 14          | 11  | 13  | CENTURY
            vi | Gốm men lam phát triển trong thế kỷ 12–14.                         | thế kỷ 12–14                        | 11  | 13  | CENTURY
            zh | 这座寺庙建于12至14世纪。                                             | 12至14世纪                           | 11  | 13  | CENTURY
            ja | 城は12〜14世紀に築かれた。                                          | 12〜14世紀                           | 11  | 13  | CENTURY
            """)
    void shouldReadARangeOfCenturiesOrDecadesAsItsFirstWithTheLastAsItsEnd(String language, String text,
            String expected, String value, String rangeEnd, Granularity granularity) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);
        assertOnlyMention(mentions, expected, text.indexOf(expected), value, rangeEnd, granularity);
        assertThat(mentions.get(0).end()).isEqualTo(text.indexOf(expected) + expected.length());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Monks copied books in the 12th and 13th centuries.   | the 12th   | 11 | 13th centuries | 12
            fr | On y tissait la laine aux XIIe et XIIIe siècles.     | XIIe       | 11 | XIIIe siècles  | 12
            de | Im 12. und 13. Jahrhundert blühte der Handel.        | 12.        | 11 | 13. Jahrhundert | 12
            ru | Торговля расцвела в XII и XIII веках.                | XII        | 11 | XIII веках     | 12
            es | Los siglos XII y XIII vieron nuevas murallas.        | siglos XII | 11 | XIII           | 12
            """)
    void shouldReadEachCenturyOfAListAsAMentionOfItsOwn(String language, String text, String first,
            String firstValue, String second, String secondValue) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);
        assertThat(mentions).extracting(DateMention::text, DateMention::value, DateMention::rangeEnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, firstValue, null),
                        org.assertj.core.groups.Tuple.tuple(second, secondValue, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 这些铜钱铸于公元前2世纪。 | 公元前2世纪 | -02
            ja | 紀元前2世紀の銅鏡が出た。 | 紀元前2世紀 | -02
            """)
    void shouldReadAHanCenturyBeforeOurEra(String language, String text, String expected, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expected, value, Granularity.CENTURY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The oaks have stood here for 3 centuries.
            en | Between 2 and 4 centuries passed before the walls fell.
            es | Pagó entre 12 y 14 euros.
            fr | Il a marqué entre 12 et 14 buts.
            """)
    void shouldFindNoCenturyInACountOfCenturiesOrNumbers(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
