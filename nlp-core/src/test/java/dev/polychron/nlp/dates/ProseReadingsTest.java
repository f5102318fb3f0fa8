package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole sentences of ordinary prose and the exact dates they hold, "span=value" in text order ("-" for none): where a
 * reading of one form could spill onto another (participles read as past verbs, prices as years, opening hours, a
 * count later in a plan).
 */
class ProseReadingsTest {

    /** A Wednesday in March. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2015, 3, 18, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | In July the man accused of fraud appears in court.       | July=2015-07
            en | In April hundreds of skilled workers strike.             | April=2015-04
            en | On 8 September the army surrendered.                     | 8 September=2014-09-08
            en | The Daily Mail reported the blast at 10:30.              | 10:30=2015-03-18T10:30
            en | The polls close at 8 pm - 12 hours after opening.        | 8 pm=2015-03-18T20
            en | On Tuesday the fighting lasted from 10 pm to 4 am.       | Tuesday=2015-03-17;10 pm=2015-03-17T22;4 am=2015-03-17T04
            en | The museum is open daily until 6 pm.                     | -
            en | The airline plans 500 daily flights by 2020.             | 2020=2020
            en | Route 66 1926 signs are collected here.                  | 1926=1926
            en | World War II (1939–1945): 1940 saw the fall of France.   | 1939–1945=1939;1940=1940
            en | As prices fall and winter 2007 arrives, demand rises.    | winter 2007=2007-WI
            en | Stores are usually closed over the weekend.              | -
            fr | Le concert aura lieu le 3 mai de 20 h à 23 h.            | 3 mai=2015-05-03;23 h=2015-05-03T23
            fr | Le musée est ouvert de 10 h à 18 h.                      | -
            fr | Le 24/7, les émeutes ont éclaté.                         | 24/7=2014-07-24
            fr | Le magasin est ouvert 24/7.                              | -
            es | El ataque ocurrió a las 10:00 a 12 km de la frontera.    | 10:00=2015-03-18T10:00
            zh | 1998年公司成立。预计三年后将盈利。                          | 1998年=1998;三年后=2018-03-18
            ja | 1998年に設立。同社は3年後に黒字化を目指す。                  | 1998年=1998;3年後=2018-03-18
            ko | 2001년 설립되었다. 회사는 3년 후 상장할 계획이다.             | 2001년=2001;3년 후=2018-03-18
            ko | 그는 작년에 했던 약속을 금요일에 지킨다.                     | 작년=2014;금요일=2015-03-20
            ar | اشترى المنزل ب1500 جنيه.                                  | -
            tr | 1986'da kuruldu. İki yıl sonra ne olacak şimdi?          | 1986=1986;İki yıl sonra=2017-03-18
            pt | Nos anos 80 do século XIX a cidade cresceu.              | Nos anos 80 do século XIX=188
            vi | Điện thoại: 1900 1100.                                    | -
            """)
    void shouldFindExactlyTheseDates(String language, String text, String expected) {
        List<String> found = extractor.extract(text, language, REFERENCE).stream()
                .map(ProseReadingsTest::shown).toList();

        assertThat(found).containsExactlyElementsOf(expected.equals("-") ? List.of()
                : Arrays.asList(expected.split(";")));
    }

    private static String shown(DateMention mention) {
        return mention.text() + "=" + mention.value();
    }
}
