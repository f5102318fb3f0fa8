package dev.polychron.nlp.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ListedMonthsAndDecadesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2021, 11, 8, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | La crue a noyé les caves en mars et avril 1910.          | mars@28=1910-03 MONTH, avril 1910@36=1910-04 MONTH
            de | Der Bahnhof wurde im Juli und August 1872 gebaut.        | Juli@21=1872-07 MONTH, August 1872@30=1872-08 MONTH
            es | La feria se celebró en abril y mayo de 1888.             | abril@23=1888-04 MONTH, mayo de 1888@31=1888-05 MONTH
            ru | Вокзал строили в июле и августе 1872 года.               | июле@17=1872-07 MONTH, августе 1872@24=1872-08 MONTH
            it | La linea fu aperta in ottobre e novembre 1839.           | ottobre@22=1839-10 MONTH, novembre 1839@32=1839-11 MONTH
            pt | A ponte caiu em janeiro, fevereiro e março de 1901.      | janeiro@16=1901-01 MONTH, fevereiro@25=1901-02 MONTH, março de 1901@37=1901-03 MONTH
            en | The vineyards froze in March, April and May 1956.       | March@23=1956-03 MONTH, April@30=1956-04 MONTH, May 1956@40=1956-05 MONTH
            en | The June and July 1976 heat records still stand.        | June@4=1976-06 MONTH, July 1976@13=1976-07 MONTH
            en | The canal froze in the winter and spring of 1895.      | winter@23=1895-WI SEASON, spring of 1895@34=1895-SP SEASON
            fr | Les vendanges des années 1930 et 1940 furent maigres.    | années 1930@18=193 DECADE, 1940@33=194 DECADE
            it | Negli anni 1950, 1960 e 1970 la città crebbe.            | Negli anni 1950@0=195 DECADE, 1960@17=196 DECADE, 1970@24=197 DECADE
            es | En las décadas de 1890 y 1900 se abrieron escuelas.     | décadas de 1890@7=189 DECADE, 1900@25=190 DECADE
            en | In the 60s and 70s the town grew.                       | the 60s@3=196 DECADE, 70s@15=197 DECADE
            en | In the 1880s and 90s the town grew.                     | the 1880s@3=188 DECADE, 90s@17=189 DECADE
            en | In the '50s, '60s and '70s the town grew.               | the '50s@3=195 DECADE, '60s@13=196 DECADE, '70s@22=197 DECADE
            """)
    void shouldGiveListedMonthsTheYearAndRoundYearsTheDecadeWhenTheListWritesThem(String language, String text,
                                                                                  String expected) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .extracting(OnlyMention::shown)
                .containsExactly(expected.split(", "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le musée ferma en mai, et 1990 fut une année noire.      | mai@18=2021-05 MONTH, 1990@26=1990 YEAR
            fr | Les années 1960 et 1975 marquèrent le village.           | années 1960@4=196 DECADE, 1975@19=1975 YEAR
            en | The fair opened in April and may close in 1990.         | April@19=2021-04 MONTH, 1990@42=1990 YEAR
            en | Songs by Brian May and June 1986 demos were sold.       | June 1986@23=1986-06 MONTH
            en | The shares may and June 1986 saw them fall.             | June 1986@19=1986-06 MONTH
            en | In the 1960s, 70 shops and men in their 70s left.       | the 1960s@3=196 DECADE
            """)
    void shouldLeaveThemWhenTheyAreNoList(String language, String text, String expected) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .extracting(OnlyMention::shown)
                .containsExactly(expected.split(", "));
    }
}
