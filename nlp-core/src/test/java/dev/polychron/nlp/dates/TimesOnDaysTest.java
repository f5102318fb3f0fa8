package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class TimesOnDaysTest {

    /** Saturday 10 May 2014, in the morning. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2014, 5, 10, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The ferry leaves tomorrow evening at 6:45 sharp. | tomorrow evening at 6:45 | 2014-05-11T18:45 | MINUTE
            en | The jury met yesterday afternoon at 3:15. | yesterday afternoon at 3:15 | 2014-05-09T15:15 | MINUTE
            en | Doors open tomorrow morning at 9. | tomorrow morning at 9 | 2014-05-11T09 | HOUR
            fr | Le concert commence demain soir à 20h. | demain soir à 20h | 2014-05-11T20 | HOUR
            fr | Le train part demain soir à 8h30. | demain soir à 8h30 | 2014-05-11T20:30 | MINUTE
            fr | Le vol atterrit demain à 6 h 40 min. | demain à 6 h 40 min | 2014-05-11T06:40 | MINUTE
            de | Das Spiel beginnt morgen Abend um 19 Uhr. | morgen Abend um 19 Uhr | 2014-05-11T19 | HOUR
            es | La tienda abre mañana por la tarde a las 5. | mañana por la tarde a las 5 | 2014-05-11T17 | HOUR
            el | Η παράσταση αρχίζει αύριο το βράδυ στις 8:30. | αύριο το βράδυ στις 8:30 | 2014-05-11T20:30 | MINUTE
            el | Το πλοίο φεύγει απόψε στις 7:15 π.μ. από τον Βόλο. | απόψε στις 7:15 π.μ. | 2014-05-10T07:15 | MINUTE
            el | Το μαγαζί κλείνει στις 9:40 μ.μ. | 9:40 μ.μ. | 2014-05-10T21:40 | MINUTE
            vi | Buổi hòa nhạc bắt đầu tối mai lúc 8 giờ. | tối mai lúc 8 giờ | 2014-05-11T20 | HOUR
            en | The shuttle lands tonight at 8. | tonight at 8 | 2014-05-10T20 | HOUR
            it | Il traghetto salpa domani sera alle 9. | domani sera alle 9 | 2014-05-11T21 | HOUR
            it | Il traghetto salpa stasera alle 9. | stasera alle 9 | 2014-05-10T21 | HOUR
            nl | De veerboot vertrekt morgen om 2 uur 's middags. | morgen om 2 uur 's middags | 2014-05-11T14 | HOUR
            de | Der Zug fährt morgen um 7 Uhr abends. | morgen um 7 Uhr abends | 2014-05-11T19 | HOUR
            es | El ferry sale mañana a las 5 de la tarde. | mañana a las 5 de la tarde | 2014-05-11T17 | HOUR
            en | The ferry sails tomorrow at 5 in the afternoon. | tomorrow at 5 in the afternoon | 2014-05-11T17 | HOUR
            en | The ferry sails at 9 p.m. on Sunday. | 9 p.m. on Sunday | 2014-05-11T21 | HOUR
            en | The crew met at 9 a.m. on Monday. | 9 a.m. on Monday | 2014-05-05T09 | HOUR
            en | The board met at 7:30 a.m. ET on Monday. | 7:30 a.m. ET on Monday | 2014-05-05T07:30 | MINUTE
            en | The polls close at 8 p.m. local time on Sunday. | 8 p.m. local time on Sunday | 2014-05-11T20 | HOUR
            el | Το πλοίο φεύγει στις 10:15 την Κυριακή. | 10:15 την Κυριακή | 2014-05-11T10:15 | MINUTE
            el | Η έκρηξη ακούστηκε στις 11 το βράδυ της Πέμπτης. | 11 το βράδυ της Πέμπτης | 2014-05-08T23 | HOUR
            el | Ο σεισμός έγινε στις 3:15 τα ξημερώματα της Πέμπτης. | 3:15 τα ξημερώματα της Πέμπτης | 2014-05-08T03:15 | MINUTE
            el | Η συναυλία αρχίζει στις 9 το βράδυ του Σαββάτου. | 9 το βράδυ του Σαββάτου | 2014-05-10T21 | HOUR
            el | Η συναυλία αρχίζει απόψε στις 11. | απόψε στις 11 | 2014-05-10T23 | HOUR
            el | Το πλοίο φεύγει αύριο στις 9. | αύριο στις 9 | 2014-05-11T09 | HOUR
            el | Η Βουλή ψηφίζει την Τρίτη στις 19:30. | Τρίτη στις 19:30 | 2014-05-13T19:30 | MINUTE
            el | Την Τρίτη στις 10, μιλά ο υπουργός. | Τρίτη στις 10 | 2014-05-13T10 | HOUR
            en | The vote is on Monday at 10 a.m. | Monday at 10 a.m. | 2014-05-12T10 | HOUR
            fr | Le vote a lieu lundi à 20h. | lundi à 20h | 2014-05-12T20 | HOUR
            de | Die Sitzung ist am Montag um 19 Uhr. | Montag um 19 Uhr | 2014-05-12T19 | HOUR
            pt | A loja abre amanhã às 20h30. | amanhã às 20h30 | 2014-05-11T20:30 | MINUTE
            ja | 式典は12日午後2時から始まる。 | 12日午後2時 | 2014-05-12T14 | HOUR
            ja | 明日午前9時に開店する。 | 明日午前9時 | 2014-05-11T09 | HOUR
            ja | 試合は14日の6時30分に始まる。 | 14日の6時30分 | 2014-05-14T06:30 | MINUTE
            zh | 比赛定于13日晚上7点半开始。 | 13日晚上7点半 | 2014-05-13T19:30 | MINUTE
            zh | 列车11日8时15分出发。 | 11日8时15分 | 2014-05-11T08:15 | MINUTE
            zh | 航班12日16:40起飞。 | 12日16:40 | 2014-05-12T16:40 | MINUTE
            zh | 代表团12日17点抵达。 | 12日17点 | 2014-05-12T17 | HOUR
            pl | Pociąg odjechał 9 maja 2014 o 07:25 z Krakowa. | 9 maja 2014 o 07:25 | 2014-05-09T07:25 | MINUTE
            pl | Sesja zaczyna się 12 maja o godz. 16:30. | 12 maja o godz. 16:30 | 2014-05-12T16:30 | MINUTE
            vi | Đoàn xe xuất phát lúc 9h ngày 12/5 từ Huế. | 9h ngày 12/5 | 2014-05-12T09 | HOUR
            vi | Vụ cháy bùng lên khoảng 23 giờ 15 phút tối 8/5. | 23 giờ 15 phút tối 8/5 | 2014-05-08T23:15 | MINUTE
            vi | Chợ đóng cửa từ 16h chiều nay. | 16h chiều nay | 2014-05-10T16 | HOUR
            vi | Đội cứu hộ có mặt 4 giờ chiều hôm qua. | 4 giờ chiều hôm qua | 2014-05-09T16 | HOUR
            vi | Khoảng 6h30 ngày 9 tháng 5, tàu cập cảng. | 6h30 ngày 9 tháng 5 | 2014-05-09T06:30 | MINUTE
            vi | Khoảng 15h20 chiều qua, đê bị vỡ. | 15h20 chiều qua | 2014-05-09T15:20 | MINUTE
            vi | Mưa đá rơi lúc 21 giờ tối qua. | 21 giờ tối qua | 2014-05-09T21 | HOUR
            vi | Khoảng 23 giờ đêm qua, kho hàng bốc cháy. | 23 giờ đêm qua | 2014-05-09T23 | HOUR
            vi | Trận đấu diễn ra lúc 19h30 tối thứ Năm (8/5). | 19h30 tối thứ Năm (8/5) | 2014-05-08T19:30 | MINUTE
            vi | Vụ cháy xảy ra khoảng 2h sáng Chủ nhật (4/5). | 2h sáng Chủ nhật (4/5) | 2014-05-04T02 | HOUR
            fr | Le train est arrivé à 18h le 12 mai.      | 18h le 12 mai | 2014-05-12T18 | HOUR
            it | Il corteo parte alle ore 17 di lunedì 12 maggio. | ore 17 di lunedì 12 maggio | 2014-05-12T17 | HOUR
            es | El pleno empieza a las 9 horas del 12 de mayo. | 9 horas del 12 de mayo | 2014-05-12T09 | HOUR
            """)
    void shouldJoinADayItsPartAndItsClock(String language, String text, String expectedText, String value,
                                          Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Yesterday at 3 sites the digging stopped.          | Yesterday | 2014-05-09
            en | Tomorrow at 9 volunteers will plant trees.          | Tomorrow  | 2014-05-11
            fr | Demain à 5 kilomètres d'ici, la course part.        | Demain    | 2014-05-11
            fr | Il a chuté hier soir à 3 reprises.                  | hier      | 2014-05-09
            en | She arrived yesterday morning at 10 Downing Street. | yesterday | 2014-05-09
            en | Tonight at 8 schools stay shut.                     | Tonight   | 2014-05-10
            fr | La course de demain durera 8 heures.                 | demain    | 2014-05-11
            es | La cita de mañana será a las 10.                    | mañana    | 2014-05-11
            zh | 明天3点建议将公布。                                  | 明天      | 2014-05-11
            vi | Hôm qua anh ấy làm việc 9h liền.                    | Hôm qua   | 2014-05-09
            vi | Hôm qua đội đi bộ 5 giờ ngoài trời.                 | Hôm qua   | 2014-05-09
            vi | Hôm qua đoàn xe chạy 4 giờ qua đèo Hải Vân.          | Hôm qua   | 2014-05-09
            vi | Mưa lớn kéo dài 3 giờ đêm qua.                      | đêm qua   | 2014-05-09
            """)
    void shouldNotTakeACountForAnHour(String language, String text, String expectedText, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 委员会12日5点意见已经提交。 | 0
            es | El plazo vence el 12 de mayo o 16:30 según otros. | 2
            """)
    void shouldJoinNoDayToAPointNorAcrossAnotherLanguagesConnector(String language, String text, int mentions) {
        assertThat(extractor.extract(text, language, REFERENCE)).hasSize(mentions)
                .noneMatch(mention -> mention.granularity() == Granularity.MINUTE && mention.text().contains(" o "));
    }

    /** Polish "do" is "until", Romanian "de" "since": no word of another language joins a clock to the day after. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pl | Prom odpływa o 18:00 do poniedziałku.    | poniedziałku
            pl | Biuro czynne o 9:30 do piątku.           | piątku
            """)
    void shouldJoinNoClockToADayAfterAnotherLanguagesWordForOn(String language, String text, String day) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::text)
                .contains(day).noneMatch(mention -> mention.contains(day) && mention.contains(":"));
    }

    @Test
    void shouldJoinNoClockAndTimeZoneToADayAfterTheSentenceEnds() {
        String text = "The shop shut at 9 p.m. ET. Monday was calm.";

        assertThat(extractor.extract(text, "en", REFERENCE)).extracting(DateMention::text)
                .containsExactly("9 p.m.", "Monday");
    }

    @Test
    void shouldJoinNoVietnameseClockToADayInParenthesesAfterAnOrdinal() {
        String text = "Lúc 8h thứ nhất (16/5) là đội chủ nhà.";

        assertThat(extractor.extract(text, "vi", REFERENCE)).extracting(DateMention::text)
                .containsExactly("8h", "16/5");
    }

    @Test
    void shouldJoinNoClockToTheDayOfTheNextSentence() {
        String text = "La mairie ferme à 18h. Le 12 mai, elle rouvre.";

        assertThat(extractor.extract(text, "fr", REFERENCE)).extracting(DateMention::text)
                .containsExactly("18h", "12 mai");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The concert is on Saturday 20:00.           | Saturday 20:00         | 2014-05-10T20:00
            en | The concert is on Saturday, at 8 p.m.       | Saturday, at 8 p.m.    | 2014-05-10T20
            de | Das Spiel beginnt am Samstag, 20:15 Uhr.    | Samstag, 20:15         | 2014-05-10T20:15
            de | Einlass am Samstag ab 19:30 Uhr.            | Samstag ab 19:30       | 2014-05-10T19:30
            sv | Matchen spelas lördag klockan 15.00.        | lördag klockan 15.00   | 2014-05-10T15:00
            da | FC København spiller lørdag kl. 18.00.      | lørdag kl. 18.00       | 2014-05-10T18:00
            nb | Kampen starter lørdag klokken 18.00.        | lørdag klokken 18.00   | 2014-05-10T18:00
            pl | Mecz rozpocznie się w sobotę o godz. 20.30. | sobotę o godz. 20.30   | 2014-05-10T20:30
            cs | Zápas se hraje v sobotu v 18.00 hodin.      | sobotu v 18.00 hodin   | 2014-05-10T18:00
            """)
    void shouldJoinAWeekdayToTheClockRightAfterIt(String language, String text, String expectedText,
                                                  String expectedValue) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(expectedValue);
        });
    }
}
