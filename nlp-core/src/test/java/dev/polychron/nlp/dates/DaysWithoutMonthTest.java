package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class DaysWithoutMonthTest {

    /** Tuesday 12 February 2013. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The board meets on the 15th.          | on the 15th       | 2013-02-15
            es | La junta se reúne el 16.              | el 16             | 2013-02-16
            fr | Le conseil se réunit le 16.           | le 16             | 2013-02-16
            en | The deadline passed on the 31st.      | on the 31st       | 2013-01-31
            en | The board meets on the 15th. Nobody comes. | on the 15th  | 2013-02-15
            en | On the 27th the council will vote again.  | On the 27th  | 2013-02-27
            de | Die Wahl ist am 21. Danach ruhen wir.  | am 21             | 2013-02-21
            fr | Il est arrivé le 1er, puis reparti.   | le 1er            | 2013-02-01
            pt | A reunião é no dia 17.                | no dia 17         | 2013-02-17
            de | Die Wahl ist am 15ten.                | am 15ten          | 2013-02-15
            nl | De stemming is op de 15de.            | op de 15de        | 2013-02-15
            da | Mødet er den 15.                      | den 15            | 2013-02-15
            sv | Mötet är på den 15:e.                 | på den 15:e       | 2013-02-15
            en | They vote Tuesday the 19th.           | Tuesday the 19th  | 2013-02-19
            en | The show opens Sat 14th.              | Sat 14th          | 2013-09-14
            en | They vote Thursday the twenty first.  | Thursday the twenty first | 2013-02-21
            fr | Le vote a lieu mercredi 13.           | mercredi 13       | 2013-02-13
            es | La feria abre el jueves 15.           | jueves 15         | 2013-08-15
            es | El mercado abre jue 15, a mediodía.  | jue 15            | 2013-08-15
            hr | Sastanak je utorak 19.                | utorak 19         | 2013-02-19
            tr | Toplantının tarihi Salı 19'u.         | Salı 19'u         | 2013-02-19
            tr | Seçim tarihi: Pazar 24'ü.             | Pazar 24'ü        | 2013-02-24
            de | Er kam am 10.10.                      | 10.10.            | 2013-10-10
            nl | De stemming is op 15.2.               | 15.2              | 2013-02-15
            es | La junta se reúne el día quince.      | el día quince     | 2013-02-15
            nb | Møtet er den femtende.                | den femtende      | 2013-02-15
            ca | La junta es reuneix dia quinze.       | dia quinze        | 2013-02-15
            ca | La fira obre dj. 15, a la tarda.      | dj. 15            | 2013-08-15
            it | La fiera apre sabato sedici.          | sabato sedici     | 2013-02-16
            ar | يفتتح المعرض السبت السادس عشر.        | السبت السادس عشر  | 2013-02-16
            ar | يفتتح المعرض الأحد السابع عشرة.       | الأحد السابع عشرة | 2013-02-17
            ar | يصوت المجلس الخميس الحادي والعشرين.   | الخميس الحادي والعشرين | 2013-02-21
            el | Συναντήθηκαν την Τετάρτη.             | Τετάρτη           | 2013-02-13
            bg | Плащането е на петнадесети.           | на петнадесети    | 2013-02-15
            pt | O prefeito falou nesta quarta-feira (13), na praça. | quarta-feira (13) | 2013-02-13
            pt | A feira abre na sexta-feira (15) de manhã. | sexta-feira (15) | 2013-02-15
            """)
    void shouldDateADayOfTheMonthWrittenWithoutItsMonth(String language, String text, String expectedText,
                                                        String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The ferry sails on the 17th at 6 p.m.   | on the 17th at 6 p.m.   | 2013-02-17T18    | HOUR
            en | The board meets on the 15th at 11:45.    | on the 15th at 11:45    | 2013-02-15T11:45 | MINUTE
            """)
    void shouldJoinADayWithoutItsMonthToTheClockAfterIt(String language, String text, String expectedText,
                                                        String expectedValue, Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Les grèves ont eu lieu entre le 13 et le 18.     | entre le 13 et le 18       | 2013-02-13 | 2013-02-18
            fr | Les grèves ont eu lieu entre le 13 et le dix-huit. | entre le 13 et le dix-huit | 2013-02-13 | 2013-02-18
            it | Gli scioperi ci sono stati tra il 3 e il 5.      | tra il 3 e il 5            | 2013-02-03 | 2013-02-05
            fr | Le festival se tiendra entre le 13 et le 18.    | entre le 13 et le 18       | 2013-02-13 | 2013-02-18
            fr | Les travaux auront lieu entre le 28 et le 3.    | entre le 28 et le 3        | 2013-02-28 | 2013-03-03
            """)
    void shouldJoinTwoDaysWithoutTheirMonthThatCloseTheirClauseAfterBetween(String language, String text,
            String expectedText, String expectedValue, String expectedEnd) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, text.indexOf(expectedText),
                expectedValue, expectedEnd, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Subió en el 20% de los casos.
            en | The club won on the 15th at 3 grounds.
            en | The office moved to the 20th floor on Main Street.
            en | On the 14th hole he took a bogey.
            en | The 15 members left early.
            bg | Цената се повиши на 15.
            es | Llegó el 16 aniversario del club.
            de | Der Kurs stieg am 10.10 um 3 Prozent.
            en | It rose on 10.10.
            es | El uno ganó el dos.
            fr | Il a terminé le 12e.
            fr | Il habite dans le 16e, près du parc.
            fr | Les enfants de 13 à 18 ans jouent.
            fr | Les chapitres du 3 au 5 sont perdus.
            fr | Lisez les articles du 3 au 5.
            fr | Du 20 au 12, la file recule.
            pt | O time venceu o clássico (3 a 1) sem sustos.
            fr | Il a fini entre le 13 et le 18 sur 40 coureurs.
            """)
    void shouldFindNoDayWhenTheNumberIsNotADayOfTheReferenceMonth(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
