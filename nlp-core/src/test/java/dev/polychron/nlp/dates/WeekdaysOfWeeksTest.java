package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;

class WeekdaysOfWeeksTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The board meets Wednesday of next week.         | Wednesday of next week              | 2013-02-20
            en | They flew home last week's Sunday.              | last week's Sunday                  | 2013-02-10
            en | The vote was Monday this week.                  | Monday this week                    | 2013-02-11
            en | The vote is next week Sunday.                   | next week Sunday                    | 2013-02-24
            el | Η σύσκεψη θα γίνει την Τετάρτη της επόμενης εβδομάδας. | Τετάρτη της επόμενης εβδομάδας | 2013-02-20
            el | Ψήφισαν την Τρίτη αυτής της εβδομάδας.          | Τρίτη αυτής της εβδομάδας           | 2013-02-12
            vi | Hội nghị họp thứ 5 tuần sau.                    | thứ 5 tuần sau                      | 2013-02-21
            vi | Họ gặp nhau thứ sáu tuần này.                   | thứ sáu tuần này                    | 2013-02-15
            vi | Hội nghị họp thứ năm tuần tới.                  | thứ năm tuần tới                    | 2013-02-21
            de | Die Sitzung ist am Freitag nächste Woche.       | Freitag nächste Woche               | 2013-02-22
            fr | La réunion a eu lieu lundi de cette semaine.    | lundi de cette semaine              | 2013-02-11
            pt | A reunião foi no domingo da semana passada.     | domingo da semana passada           | 2013-02-10
            it | La riunione è la settimana prossima, venerdì.   | settimana prossima, venerdì         | 2013-02-22
            ru | Встреча прошла в понедельник на прошлой неделе. | понедельник на прошлой неделе       | 2013-02-04
            da | Mødet er onsdag i næste uge.                    | onsdag i næste uge                  | 2013-02-20
            sv | De kom hem söndag i förra veckan.               | söndag i förra veckan               | 2013-02-10
            sv | Nämnden sammanträder på fredag i nästa vecka.    | på fredag i nästa vecka             | 2013-02-22
            hr | Sastanak je sljedeći tjedan u srijedu.          | sljedeći tjedan u srijedu           | 2013-02-20
            pt | A reunião é quarta da próxima semana.           | quarta da próxima semana            | 2013-02-20
            he | הוועדה התכנסה ביום ראשון בשבוע שעבר.          | ביום ראשון בשבוע שעבר               | 2013-02-10
            he | נצביע רביעי שבוע הבא.                           | רביעי שבוע הבא                      | 2013-02-20
            hi | बैठक अगले हफ्ते रविवार को है।                   | अगले हफ्ते रविवार                   | 2013-02-24
            hi | बैठक अगले सप्ताह के बुधवार को है।                | अगले सप्ताह के बुधवार               | 2013-02-20
            ja | 両首脳は翌週の月曜日に会談する。               | 翌週の月曜日                        | 2013-02-18
            zh | 委员会上周的星期五开会。                        | 上周的星期五                        | 2013-02-08
            ja | 両首脳は来週水曜日に会談する。                   | 来週水曜日                          | 2013-02-20
            """)
    void shouldDateTheWeekdayOfTheWeekNamedBesideIt(String language, String text, String expectedText,
                                                   String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }
}
