package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMentionAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AnaphoricDatesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2021, 11, 8, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | NATO met on 1 April 2014. Two days later Russia answered.          | Two days later   | 2014-04-03 | DAY
            en | The treaty was signed in 1992. Three years later it took effect.  | Three years later | 1995      | YEAR
            en | The wall opened on 9 November 1989; the day before, crowds grew.  | the day before   | 1989-11-08 | DAY
            en | Talks began in March 2014. 2 months later they ended.             | 2 months later   | 2014-05    | MONTH
            en | Talks began on 2 March 2014. They met two days later.             | two days later   | 2014-03-04 | DAY
            en | The Union ended in 1991. Since then Russia has changed.           | Since then       | 1991       | YEAR
            en | Talks began on 3 May 2014. The previous week, troops moved.      | The previous week | 2014-W17   | WEEK
            vi | Ngày 1 tháng 4 năm 2014, NATO họp. Hai ngày sau, Nga phản ứng.    | Hai ngày sau     | 2014-04-03 | DAY
            vi | Năm 1991 Liên Xô tan rã. Kể từ đó, Nga thay đổi.                  | Kể từ đó         | 1991       | YEAR
            el | Την 1η Απριλίου 2014 το ΝΑΤΟ αποφάσισε. Δύο μέρες αργότερα μίλησε η Ρωσία. | Δύο μέρες αργότερα | 2014-04-03 | DAY
            el | Το 1997 υπογράφηκε η συμφωνία. Τότε η Ρωσία συμφώνησε.             | Τότε             | 1997       | YEAR
            fr | L'OTAN s'est réunie le 1er avril 2014. Deux jours plus tard, la Russie a répondu. | Deux jours plus tard | 2014-04-03 | DAY
            fr | Le traité fut signé le 3 mars 1992. Le lendemain, il fut publié.   | Le lendemain     | 1992-03-04 | DAY
            fr | Le traité fut signé le 3 mars 1992. La semaine suivante, il fut publié. | La semaine suivante | 1992-W11 | WEEK
            fr | Le pacte fut conclu le 5 juin 1998. Le jour suivant, il fut contesté. | Le jour suivant | 1998-06-06 | DAY
            fr | Le pacte fut conclu le 5 juin 1998. Le jour précédent, Paris hésitait. | Le jour précédent | 1998-06-04 | DAY
            fr | Le traité fut signé le 3 mars 1992. La veille, Paris hésitait.    | La veille        | 1992-03-02 | DAY
            en | He resigned on 3 March 2020. The day before, he had met the president. | The day before | 2020-03-02 | DAY
            en | The plant opened in 1998.The following year it closed.           | The following year | 1999    | YEAR
            en | Talks resumed on 3 March 1992. The week before, they had stalled. | The week before | 1992-W09 | WEEK
            el | Στις 12 Μαρτίου 2020 έκλεισαν τα σχολεία. Την επόμενη εβδομάδα ανακοινώθηκαν νέα μέτρα. | Την επόμενη εβδομάδα | 2020-W12 | WEEK
            el | Στις 3 Μαΐου 2019 υπογράφηκε η συμφωνία. Τον προηγούμενο μήνα είχαν γίνει διαπραγματεύσεις. | Τον προηγούμενο μήνα | 2019-04 | MONTH
            el | Στις 3 Μαΐου 2019 υπογράφηκε η συμφωνία. Την προηγούμενη μέρα η Βουλή ψήφισε. | Την προηγούμενη μέρα | 2019-05-02 | DAY
            de | Am 12. März 2020 schloss die Regierung die Schulen. In der Woche darauf kamen neue Regeln. | In der Woche darauf | 2020-W12 | WEEK
            de | Am 12. März 2020 schloss die Regierung die Schulen. Im Monat davor gab es Proteste. | Im Monat davor | 2020-02 | MONTH
            ru | 12 марта 2020 года закрыли школы. На следующей неделе были объявлены новые меры. | На следующей неделе | 2020-W12 | WEEK
            ru | 12 марта 2020 года закрыли школы. В предыдущем месяце прошли протесты. | В предыдущем месяце | 2020-02 | MONTH
            ru | 24 февраля 2022 года начались бои. Через два дня были введены санкции. | Через два дня | 2022-02-26 | DAY
            ru | В 1990 году он окончил школу. Через год он поступил в университет. | Через год | 1991 | YEAR
            pl | 12 marca 2020 roku rząd zamknął szkoły. Następnego dnia ogłoszono nowe środki. | Następnego dnia | 2020-03-13 | DAY
            de | Die NATO tagte am 1. April 2014. Zwei Tage später antwortete Russland. | Zwei Tage später | 2014-04-03 | DAY
            de | Die NATO tagte am 1. April 2014. Am nächsten Tag antwortete Russland. | Am nächsten Tag | 2014-04-02 | DAY
            ru | НАТО собралось 1 апреля 2014 года. Два дня спустя Россия ответила. | Два дня спустя   | 2014-04-03 | DAY
            ru | Договор подписали в 1992 году. Три года спустя он вступил в силу.  | Три года спустя  | 1995       | YEAR
            en | They met on 22 May 2014 and agreed the following week.           | the following week | 2014-W22 | WEEK
            en | Talks begin next week. Two weeks later they end.                   | Two weeks later  | 2021-W48   | WEEK
            en | The UK left on 31 January 2020 at 11pm. Two days later it began. | Two days later   | 2020-02-02 | DAY
            ja | 2014年5月3日に会談が始まった。翌日、軍が動いた。 | 翌日            | 2014-05-04 | DAY
            ja | 条約は1992年に署名された。前年に交渉が始まった。 | 前年            | 1991       | YEAR
            ja | 会談は2014年5月3日に始まった。同日、軍が動いた。 | 同日            | 2014-05-03 | DAY
            ja | 会談は2014年5月3日に始まった。同年、軍が動いた。 | 同年            | 2014       | YEAR
            zh | 会谈于2015年8月9日开始。当天，军队撤离。      | 当天            | 2015-08-09 | DAY
            ko | 대통령은 2015년 8월 9일 연설했다. 이날 군이 철수했다. | 이날        | 2015-08-09 | DAY
            ko | 그는 1988년 입사했다. 그해 결혼했다.            | 그해            | 1988       | YEAR
            zh | 会谈于2015年8月9日开始。次日，军队撤离。      | 次日            | 2015-08-10 | DAY
            zh | 工厂于2003年关闭。第二年重新开工。           | 第二年          | 2004       | YEAR
            ja | 式典は2011年3月11日に開かれた。その日、雪が降った。 | その日    | 2011-03-11 | DAY
            zh | 1997年他来到香港，那年他二十岁。             | 那年            | 1997       | YEAR
            ko | 회담은 2015년 8월 9일 열렸다. 전날 군이 철수했다. | 전날          | 2015-08-08 | DAY
            ko | 그는 2001년에 입사했고 이듬해 결혼했다.        | 이듬해          | 2002       | YEAR
            ko | 공장은 1998년에 지어졌다. 다음 해 가동을 시작했다. | 다음 해        | 1999       | YEAR
            zh | 博物馆于2008年5月2日开馆。三天后，首批展品运到。 | 三天后       | 2008-05-05 | DAY
            zh | 乐队于1994年解散。十年后重新组建。             | 十年后          | 2004       | YEAR
            zh | 樂團於1994年解散。兩年後重新組建。             | 兩年後          | 1996       | YEAR
            zh | 大坝于1961年3月动工，6个月之后停工。           | 6个月之后       | 1961-09    | MONTH
            ja | 博物館は2008年5月2日に開館した。その3日後、展示品が届いた。 | 3日後 | 2008-05-05 | DAY
            ja | バンドは1994年に解散し、2年後に再結成した。     | 2年後           | 1996       | YEAR
            ja | 新館は2008年5月2日に開館した。その2週間前に完成した。 | その2週間前 | 2008-W16 | WEEK
            ko | 박물관은 2008년 5월 2일 개관했다. 3일 후 전시품이 도착했다. | 3일 후 | 2008-05-05 | DAY
            ko | 밴드는 1994년 해체했다. 그로부터 10년 뒤 다시 모였다. | 10년 뒤  | 2004       | YEAR
            """)
    void shouldDateAPhraseThatPointsBackFromTheDateBeforeIt(String language, String text, String phrase,
                                                           String value, Granularity granularity) {
        assertPhraseDated(language, text, phrase, value, granularity, null);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The mill closed in 1931. Later that year it reopened.              | Later that year        | 1931       | YEAR  |
            en | The mill closed in 1931. The next year it reopened.                | The next year          | 1932       | YEAR  |
            en | The mill closed in May 1931. The next month it burned.            | The next month         | 1931-06    | MONTH |
            en | The mill closed on 4 May 1931. That same day the owner fled.      | That same day          | 1931-05-04 | DAY   |
            en | The mill closed on 4 May 1931. Earlier that week a strike began.  | Earlier that week      | 1931-W19   | WEEK  |
            en | The mill closed in 1931. Early the next year it was sold.         | Early the next year    | 1932       | YEAR  | START
            en | The mill closed in 1931. At the end of that year it was sold.     | the end of that year   | 1931       | YEAR  | END
            en | The mill closed in 1931. In June that year it burned.             | June that year         | 1931-06    | MONTH |
            en | The mill closed in 1931. The next year it moved. That same year it burned. | That same year | 1932 | YEAR |
            en | The mill reopened on 3 June, the next day it burned.              | the next day           | 2021-06-04 | DAY   |
            de | Die Mühle schloss 1931. Im Juni desselben Jahres brannte sie.     | Juni desselben Jahres  | 1931-06    | MONTH |
            fr | Le moulin ferma le 3 mai 1931. Ce soir-là, il brûla.               | Ce soir-là             | 1931-05-03 | DAY   |
            fr | Le moulin ferma en 1931. Cette année-là, il brûla.                | Cette année-là         | 1931       | YEAR  |
            fr | Le moulin ferma en 1931. La même année, il brûla.                 | La même année          | 1931       | YEAR  |
            de | Die Mühle schloss 1931. Im folgenden Jahr brannte sie.            | Im folgenden Jahr      | 1932       | YEAR  |
            de | Das Werk baute 1987 neu. Im Vorjahr hatte es gebrannt.           | Im Vorjahr             | 1986       | YEAR  |
            de | Die Mühle schloss im Mai 1931. Im selben Monat brannte sie.       | Im selben Monat        | 1931-05    | MONTH |
            ru | Завод закрыли в 1931 году. В том же году он сгорел.               | В том же году          | 1931       | YEAR  |
            el | Το εργοστάσιο έκλεισε το 1931. Την επόμενη χρονιά κάηκε.          | Την επόμενη χρονιά     | 1932       | YEAR  |
            el | Το μουσείο άνοιξε το 2001. Το προηγούμενο έτος άρχισαν τα έργα.   | Το προηγούμενο έτος    | 2000       | YEAR  |
            el | Η γέφυρα έκλεισε το 1972. Του επόμενου έτους ξανάνοιξε.           | Του επόμενου έτους     | 1973       | YEAR  |
            el | Το εργοστάσιο έκλεισε στις 4 Μαΐου 1931. Την ίδια μέρα κάηκε.     | Την ίδια μέρα          | 1931-05-04 | DAY   |
            vi | Nhà máy đóng cửa năm 1931. Năm sau đó, nó cháy.                   | Năm sau đó             | 1932       | YEAR  |
            vi | Nhà máy đóng cửa năm 1931. Cuối năm đó, nó cháy.                  | Cuối năm đó            | 1931       | YEAR  | END
            vi | Nhà máy đóng cửa năm 1931. Cùng năm, nó cháy.                     | Cùng năm               | 1931       | YEAR  |
            vi | Ngôi chùa được trùng tu năm 1957. Năm sau, mái ngói được thay.    | Năm sau                | 1958       | YEAR  |
            vi | Bảo tàng mở cửa năm 1957. Nhưng năm sau, mái ngói bị dột.         | năm sau                | 1958       | YEAR  |
            vi | Cầu khánh thành tháng 5 năm 1902. Tháng sau, xe lửa chạy qua.     | Tháng sau              | 1902-06    | MONTH |
            vi | Lợi nhuận quý II/2018 giảm 7% so với cùng kỳ năm trước.           | cùng kỳ năm trước      | 2017-Q2    | QUARTER |
            vi | Sản lượng cà phê tháng 10/2019 tăng 4% so với cùng kỳ năm trước.  | cùng kỳ năm trước      | 2018-10    | MONTH |
            vi | Ngày 2 tháng 9 năm 2016, giá điện tăng 5% so với cùng kỳ năm trước. | cùng kỳ năm trước     | 2015       | YEAR  |
            vi | Ngôi chùa được trùng tu năm 1957. Đầu năm sau, chuông được đúc.   | Đầu năm sau            | 1958       | YEAR  | START
            el | Ο σταθμός άνοιξε το 1961. Στα τέλη της επόμενης χρονιάς επεκτάθηκε. | τέλη της επόμενης χρονιάς | 1962 | YEAR | END
            el | Το λιμάνι κατασκευάστηκε το 1888. Τον προηγούμενο χρόνο είχαν ξεκινήσει οι μελέτες. | Τον προηγούμενο χρόνο | 1887 | YEAR |
            es | La fábrica cerró en 1931. Al año siguiente ardió.                 | Al año siguiente       | 1932       | YEAR  |
            it | La fabbrica chiuse il 4 maggio 1931. Il giorno dopo bruciò.       | Il giorno dopo         | 1931-05-05 | DAY   |
            pt | A fábrica fechou em maio de 1931. No mesmo mês ardeu.             | No mesmo mês           | 1931-05    | MONTH |
            sv | Bruket stängde i maj 1931. Den 3 september samma år brann det.    | 3 september samma år   | 1931-09-03 | DAY   |
            da | Møllen lukkede i 1931. Samme år brændte den.                      | Samme år               | 1931       | YEAR  |
            nb | Møllen stengte 4. mai 1931. Samme dag brant den.                  | Samme dag              | 1931-05-04 | DAY   |
            pl | Młyn zamknięto w 1931 roku. W marcu tego samego roku spłonął.     | marcu tego samego roku | 1931-03    | MONTH |
            cs | Mlýn zavřeli v roce 1931. V září téhož roku vyhořel.              | září téhož roku        | 1931-09    | MONTH |
            uk | Млин закрили у 1931 році. У вересні того ж року він згорів.       | вересні того ж року    | 1931-09    | MONTH |
            hu | A malom 1931-ben bezárt. Ugyanabban az évben leégett.             | Ugyanabban az évben    | 1931       | YEAR  |
            tr | Değirmen 1931 yılında kapandı. Aynı yılın 3 Eylül'ünde yandı.    | Aynı yılın 3 Eylül     | 1931-09-03 | DAY   |
            """)
    void shouldDateTheSameOrNextPeriodAsTheDateToldBeforeIt(String language, String text, String phrase,
                                                           String value, Granularity granularity, Modifier modifier) {
        assertPhraseDated(language, text, phrase, value, granularity, modifier);
    }

    private void assertPhraseDated(String language, String text, String phrase, String value,
                                   Granularity granularity, Modifier modifier) {
        assertThat(extractor.extract(text, language, REFERENCE)).filteredOn(d -> d.text().equals(phrase))
                .singleElement().satisfies(mention -> {
                    assertThat(mention.value()).isEqualTo(value);
                    assertThat(mention.granularity()).isEqualTo(granularity);
                    assertThat(mention.modifier()).isEqualTo(modifier);
                    assertThat(text.substring(mention.start(), mention.end())).isEqualTo(phrase);
                });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The bridge opened in 1874. A year later a flood hit it.            | A year later          | 1875       | YEAR
            en | The bridge opened on 2 June 1874. A week later it shook.          | A week later          | 1874-W24   | WEEK
            en | The bridge opened in March 1874 and a month later it shook.       | a month later         | 1874-04    | MONTH
            en | The bridge opened in 1874. A decade later it fell.                | A decade later        | 1884       | YEAR
            es | El puente se abrió en 1874. Dos años después se hundió.           | Dos años después      | 1876       | YEAR
            es | El puente se abrió en 1874. Un año después se hundió.             | Un año después        | 1875       | YEAR
            es | El puente se abrió en 1874. Tres años más tarde se hundió.        | Tres años más tarde   | 1877       | YEAR
            es | El puente se abrió el 2 de junio de 1874. Dos días antes llovió.  | Dos días antes        | 1874-05-31 | DAY
            it | Il ponte aprì nel 1874. Due anni dopo crollò.                     | Due anni dopo         | 1876       | YEAR
            it | Il ponte aprì nel 1874. Un anno dopo crollò.                      | Un anno dopo          | 1875       | YEAR
            it | Il ponte aprì nel 1874. Tre anni più tardi crollò.                | Tre anni più tardi    | 1877       | YEAR
            it | Il ponte aprì il 2 giugno 1874. Due giorni prima piovve.          | Due giorni prima      | 1874-05-31 | DAY
            pt | A ponte abriu em 1874. Dois anos depois caiu.                     | Dois anos depois      | 1876       | YEAR
            pt | A ponte abriu em 1874. Um ano depois caiu.                        | Um ano depois         | 1875       | YEAR
            pt | A ponte abriu em 1874. Três anos mais tarde caiu.                 | Três anos mais tarde  | 1877       | YEAR
            pt | A ponte abriu a 2 de junho de 1874. Dois dias antes choveu.       | Dois dias antes       | 1874-05-31 | DAY
            ca | El pont es va obrir el 1874. Dos anys després va caure.           | Dos anys després      | 1876       | YEAR
            ca | El pont es va obrir el 1874. Un any més tard va caure.            | Un any més tard       | 1875       | YEAR
            ru | Мост открыли в 1874 году. Год спустя его смыло.                   | Год спустя            | 1875       | YEAR
            ru | Мост открыли в 1874 году. Спустя два года его смыло.              | Спустя два года       | 1876       | YEAR
            ru | Мост открыли в 1874 году. Спустя год его смыло.                   | Спустя год            | 1875       | YEAR
            ru | Мост открыли в 1874 году. Годом ранее шли дожди.                  | Годом ранее           | 1873       | YEAR
            ru | Мост открыли в 1874 году. Тремя годами позже его смыло.           | Тремя годами позже    | 1877       | YEAR
            ru | Мост открыли 2 июня 1874 года. За два дня до этого шли дожди.     | За два дня до этого   | 1874-05-31 | DAY
            ru | Мост открыли в 1874 году. За год до этого шли дожди.              | За год до этого       | 1873       | YEAR
            de | Die Brücke öffnete 1874. Ein Jahr darauf stürzte sie ein.         | Ein Jahr darauf       | 1875       | YEAR
            de | Die Brücke öffnete 1874. Zwei Jahre danach stürzte sie ein.       | Zwei Jahre danach     | 1876       | YEAR
            de | Die Brücke öffnete am 2. Juni 1874. Zwei Tage vorher regnete es.  | Zwei Tage vorher      | 1874-05-31 | DAY
            de | Die Brücke öffnete am 2. Juni 1874. Drei Tage früher regnete es.  | Drei Tage früher      | 1874-05-30 | DAY
            fr | Le pont ouvrit en 1874. Deux ans après, il s'effondra.            | Deux ans après        | 1876       | YEAR
            fr | Le pont ouvrit en 1874. Un an après, il s'effondra.               | Un an après           | 1875       | YEAR
            fr | Le pont ouvrit le 2 juin 1874. Deux jours auparavant, il plut.    | Deux jours auparavant | 1874-05-31 | DAY
            fr | Le pont ouvrit le 2 juin 1874. Deux jours plus tôt, il plut.      | Deux jours plus tôt   | 1874-05-31 | DAY
            fr | Le pont ouvrit le 2 juin 1874. Trois jours avant, il plut.        | Trois jours avant     | 1874-05-30 | DAY
            nl | De brug ging open in 1874. Twee jaar later stortte ze in.         | Twee jaar later       | 1876       | YEAR
            nl | De brug ging open in 1874. Een jaar later stortte ze in.          | Een jaar later        | 1875       | YEAR
            sv | Bron öppnade 1874. Två år senare rasade den.                      | Två år senare         | 1876       | YEAR
            da | Broen åbnede i 1874. To år senere styrtede den sammen.            | To år senere          | 1876       | YEAR
            nb | Brua åpnet i 1874. To år senere raste den sammen.                 | To år senere          | 1876       | YEAR
            nb | Brua åpnet 2. juni 1874. En uke senere raste den sammen.          | En uke senere         | 1874-W24   | WEEK
            pl | Most otwarto w 1874 roku. Dwa lata później runął.                 | Dwa lata później      | 1876       | YEAR
            pl | Most otwarto w 1874 roku. Rok później runął.                      | Rok później           | 1875       | YEAR
            cs | Most otevřeli v roce 1874. O dva roky později se zřítil.          | O dva roky později    | 1876       | YEAR
            ro | Podul s-a deschis în 1874. Doi ani mai târziu s-a prăbușit.       | Doi ani mai târziu    | 1876       | YEAR
            hu | A híd 1874-ben nyílt meg. Két évvel később leomlott.              | Két évvel később      | 1876       | YEAR
            uk | Міст звели у 1874 році. Три роки потому його змила повінь.        | Три роки потому       | 1877       | YEAR
            uk | Міст звели у 1874 році. Рік потому його змила повінь.             | Рік потому            | 1875       | YEAR
            bg | Мостът е построен през 1874 г. Три години по-късно рухна.        | Три години по-късно   | 1877       | YEAR
            bg | Мостът е построен на 2 юни 1874 г. Два дни преди това валя.      | Два дни преди това    | 1874-05-31 | DAY
            hr | Most je sagrađen 1874. godine. Tri godine kasnije se srušio.      | Tri godine kasnije    | 1877       | YEAR
            hr | Most je sagrađen 1874. godine. Godinu dana kasnije se srušio.     | Godinu dana kasnije   | 1875       | YEAR
            en | The bridge opened on 2 June 1874. Two weeks before, it had rained. | Two weeks before    | 1874-W21   | WEEK
            en | The bridge opened in 1874. Ten years before, a ferry ran there.   | Ten years before      | 1864       | YEAR
            fr | Le pont ouvrit le 2 juin 1874. Au jour suivant, il plut.          | jour suivant          | 1874-06-03 | DAY
            en | Revenue reached $3 billion in 2019, up 7% from the previous year. | the previous year   | 2018       | YEAR
            en | The firm was sold in 2019. Over the following year, it cut jobs.  | the following year    | 2020       | YEAR
            ar | افتتح الجسر في 2 حزيران 1874 وانهار بعد ثلاثة أيام.            | بعد ثلاثة أيام        | 1874-06-05 | DAY
            ar | افتتح الجسر عام 1874. وبعد ثلاث سنوات توفي المهندس.            | وبعد ثلاث سنوات       | 1877       | YEAR
            ar | افتتح الجسر في 2 حزيران 1874 وانهار بعد يومين.                 | بعد يومين             | 1874-06-04 | DAY
            ar | افتتح الجسر في 2 حزيران 1874، وبعد أسبوعين انهار.               | وبعد أسبوعين          | 1874-W25   | WEEK
            ar | افتتح الجسر في 2 حزيران 1874، وبعد شهرين انهار.                 | وبعد شهرين            | 1874-08    | MONTH
            ar | افتتح الجسر عام 1874. وبعد عامين توفي المهندس.                 | وبعد عامين            | 1876       | YEAR
            hi | पुल 1874 में खुला। तीन साल बाद इंजीनियर की मौत हुई।             | तीन साल बाद           | 1877       | YEAR
            hi | पुल 2 जून 1874 को खुला। दो हफ्ते बाद वह ढह गया।                 | दो हफ्ते बाद          | 1874-W25   | WEEK
            """)
    void shouldCountALaterOrEarlierPhraseFromTheDateBeforeIt(String language, String text, String phrase,
                                                           String value, Granularity granularity) {
        assertPhraseDated(language, text, phrase, value, granularity, null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | El puente se abrió en 1874. Dos años después de su muerte se hundió.
            es | El puente se abrió en 1874. Dos días antes de la boda llovió.
            it | Il ponte aprì nel 1874. Due anni dopo la guerra crollò.
            it | Il ponte aprì nel 1874. Due anni dopo l'alluvione crollò.
            pt | A ponte abriu em 1874. Dois anos depois da guerra caiu.
            fr | Le pont ouvrit en 1874. Deux ans après la guerre, il s'effondra.
            fr | Le pont ouvrit en 1874. Deux ans après l'incendie, il s'effondra.
            ca | El pont es va obrir el 1874. Dos anys després de la guerra va caure.
            de | Die Brücke öffnete 1874. Die Stadt hat zwei Jahre darauf gewartet.
            ru | Мост открыли в 1874 году. Дожди шли за два дня до выборов.
            en | The bridge opened in 1874. It was finished a year later than planned.
            de | Die Brücke öffnete 1874. Sie war zwei Jahre später als geplant fertig.
            de | Die Brücke öffnete 1874. Sie war zwei Jahre früher als geplant fertig.
            fr | Le pont ouvrit en 1874. Il plut deux jours avant la fête.
            fr | Le pont ouvrit en 1874. Il fut fini deux ans plus tard que prévu.
            nl | De brug ging open in 1874. Ze was twee jaar later dan gepland klaar.
            el | Η γέφυρα άνοιξε το 1874. Δύο χρόνια μετά τον πόλεμο έπεσε.
            es | El puente se abrió en 1874. Treinta y dos años después se hundió.
            fr | Le pont ouvrit en 1874. Vingt et un ans après, il s'effondra.
            fr | Le pont ouvrit en 1874. À la veille des élections, il s'effondra.
            en | The bridge opened in 1874. The day before the flood it was closed.
            en | The bridge opened in 1874. The year before last it was closed.
            es | El puente se abrió en 1874. El día anterior a la guerra se cerró.
            en | The bridge opened in 1874. Two days before the flood it was closed.
            en | The bridge opened in 1874. It was closed two days before it flooded.
            ar | افتتح الجسر 1874. وتوفي المهندس بعد ثلاثة أيام من الحرب.
            ar | افتتح الجسر 1874. وتوفي المهندس بعد عامين من الحرب.
            hi | पुल 1874 में खुला। युद्ध के दो साल बाद वह ढह गया।
            """)
    void shouldGiveNoDateToACountLeaningOnSomethingAfterItThatIsNoDate(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::text)
                .containsExactly("1874");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The treaty was signed on 3 May 2019, six months before Parliament voted on it.
            He signed his will on 3 May 2019, the day before he died.
            The plant opened on 3 May 2019, two years before rivals followed.
            """)
    void shouldGiveNoDateToAnEnglishCountBeforeAClause(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE)).extracting(DateMention::text)
                .containsExactly("3 May 2019");
    }

    @Test
    void shouldCountFromTheDateRightAfterAnAfterWordRatherThanFromTheOneBefore() {
        String text = "El puente se abrió en 1874. Tres días después del 5 de mayo de 1880 se hundió.";

        assertThat(extractor.extract(text, "es", REFERENCE)).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("1874", "1874"), tuple("Tres días después del 5 de mayo de 1880", "1880-05-08"));
    }

    @Test
    void shouldCountEachLinkOfAChainFromTheOneBeforeIt() {
        String text = "The mill closed in 1931. The next year it moved. The next year it burned. Two years later it "
                + "fell. That same year it was sold.";

        assertThat(extractor.extract(text, "en", REFERENCE)).extracting(DateMention::value)
                .containsExactly("1931", "1932", "1933", "1935", "1935");
        assertThat(extractor.extract("Le pont ouvrit en 1874. Un an après, il trembla. Deux ans après, il tomba.", "fr",
                REFERENCE)).extracting(DateMention::value).containsExactly("1874", "1875", "1877");
    }

    @Test
    void shouldLeaveTheSamePeriodUndatedWithoutADateBeforeItOrWithItsOwnYear() {
        assertThat(extractor.extract("Cette année-là, les prix montèrent.", "fr", REFERENCE)).isEmpty();
        assertThat(extractor.extract("Samma år steg priserna.", "sv", REFERENCE)).isEmpty();
        assertThat(extractor.extract("The mill closed in 1931. At the end of the year 1935 it burned.", "en",
                REFERENCE)).extracting(DateMention::text).containsExactly("1931", "the end of the year 1935");
        assertThat(extractor.extract("Le moulin ferma en 1931. Il brûla à la fin de l'année prochaine.", "fr",
                REFERENCE)).extracting(DateMention::value).containsExactly("1931", "2022");

        // the end of the year is the reference's (BarePeriodParts), not the year the firm was founded in
        assertThat(extractor.extract("The firm, founded in 1998, expects a profit by the end of the year.", "en",
                REFERENCE)).extracting(DateMention::value).containsExactly("1998", "2021");
        assertThat(extractor.extract("The firm, founded in 1998, said that year-on-year sales rose.", "en",
                REFERENCE)).extracting(DateMention::text).containsExactly("1998");
        assertThat(extractor.extract("He was born in 1950. Over the next year the firm will grow.", "en", REFERENCE))
                .extracting(DateMention::value).containsExactly("1950", "2022");
        assertThat(extractor.extract("En 1931, il s'installe. Ce matin-là, il pleuvait.", "fr", REFERENCE))
                .extracting(DateMention::text).containsExactly("1931");
        assertThat(extractor.extract("The firm, founded in 1998, said that year after year sales rose.", "en",
                REFERENCE)).extracting(DateMention::text).containsExactly("1998");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The fair opens 3 days after May 12, 2014.         | 15 | 40 | 2014-05-15 | DAY
            en | Polls close two weeks before Christmas 2014.      | 12 | 43 | 2014-12-11 | DAY
            en | The rule applies 4 months from tomorrow.          | 17 | 39 | 2022-03-09 | DAY
            en | Ten years after 2001, the war went on.            |  0 | 20 | 2011       | YEAR
            fr | Le vote a lieu deux jours après le 3 mars 2014.   | 15 | 46 | 2014-03-05 | DAY
            fr | Il part 2 semaines avant le 13 mai 2015.          |  8 | 39 | 2015-04-29 | DAY
            en | Shops shut the day before Christmas 2014.         | 11 | 40 | 2014-12-24 | DAY
            fr | Il revint le lendemain du 13 février 2014.        | 10 | 41 | 2014-02-14 | DAY
            it | La mostra apre tre giorni dopo il 5 maggio 2014.  | 15 | 47 | 2014-05-08 | DAY
            it | Partirono il mese dopo Natale 2015.               | 10 | 34 | 2016-01    | MONTH
            es | Votaron dos semanas antes del 10 de junio de 2015. |  8 | 49 | 2015-05-27 | DAY
            es | Volvió el día después del 3 de marzo de 2014.      |  7 | 44 | 2014-03-04 | DAY
            pt | A ponte abriu dois dias depois de 7 de abril de 2016. | 14 | 52 | 2016-04-09 | DAY
            """)
    void shouldCountFromTheDateRightAfterACountThatLeansOnIt(String language, String text, int start, int end,
                                                             String value, Granularity granularity) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, granularity);
    }

    @Test
    void shouldCountARussianInSomeDaysFromNowOutsideAPastClause() {
        String text = "Договор подписали 5 мая 2020 года. Через два дня будут выборы.";

        assertThat(extractor.extract(text, "ru", REFERENCE)).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("5 мая 2020", "2020-05-05"), tuple("Через два дня", "2021-11-10"));
    }

    @Test
    void shouldGiveNoDateToAnArabicDualLaterOutsideAPastClause() {
        String text = "افتتح الجسر عام 1874. وسيصل الوفد بعد يومين.";

        assertOnlyMention(text, extractor.extract(text, "ar", REFERENCE), "1874", "1874", Granularity.YEAR);
    }

    @Test
    void shouldLeaveAPhraseWithoutADateBeforeItOrWithAnUnreadableCountUndated() {
        assertThat(extractor.extract("Two days later they met.", "en", REFERENCE)).isEmpty();
        assertThat(extractor.extract("A year later they met.", "en", REFERENCE)).isEmpty();
        assertThat(extractor.extract("Un año después se casaron.", "es", REFERENCE)).isEmpty();
        assertThat(extractor.extract("Год спустя они поженились.", "ru", REFERENCE)).isEmpty();
        assertThat(extractor.extract("Doi ani mai târziu s-au căsătorit.", "ro", REFERENCE)).isEmpty();
        assertThat(extractor.extract("Рік потому вони одружилися.", "uk", REFERENCE)).isEmpty();
        assertThat(extractor.extract("이날 군이 철수했다.", "ko", REFERENCE)).isEmpty();
        assertThat(extractor.extract("次日军队撤离。", "zh", REFERENCE)).isEmpty();
        assertThat(extractor.extract("会談は2014年5月に始まった。同日、軍が動いた。", "ja", REFERENCE))
                .extracting(DateMention::text).containsExactly("2014年5月");
        assertThat(extractor.extract("In 2014 NATO met. Many days later they met again.", "en", REFERENCE))
                .extracting(DateMention::text).containsExactly("2014");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 2 days later         | 2 days later         | 2021-11-10 | DAY
            en | The day before.      | The day before       | 2021-11-07 | DAY
            en | 4 days before        | 4 days before        | 2021-11-04 | DAY
            fr | jour suivant         | jour suivant         | 2021-11-09 | DAY
            fr | la veille            | la veille            | 2021-11-07 | DAY
            fr | Deux jours plus tard | Deux jours plus tard | 2021-11-10 | DAY
            es | el día anterior      | el día anterior      | 2021-11-07 | DAY
            """)
    void shouldCountFromTheReferenceAPhraseThatStandsAloneWithNoDateBeforeIt(String language, String text,
                                                                             String phrase, String value,
                                                                             Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), phrase, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Two days later, the army left.
            en | Two days later, the talks will resume.
            en | He said the talks would resume two days later.
            en | The victim had arrived in the town the day before.
            fr | La victime était arrivée la veille.
            es | El día anterior había llovido mucho.
            hi | दो हफ्ते बाद वह लौट आया।
            """)
    void shouldNotCountFromTheReferenceAPhraseOfAStoryWithNoDateBeforeIt(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hai năm sau, nhà máy đóng cửa.
            Ba tháng sau đó, cây cầu sập.
            Vài năm sau họ chuyển vào Nam.
            Mấy tuần trước trời mưa nhiều.
            """)
    void shouldFindNoNextOrLastPeriodInsideAVietnameseCountLaterWithoutADateBefore(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 1990 họ lập gia đình. Vài năm sau họ chuyển vào Nam.
            Năm 1990 họ lập gia đình. Những năm sau đó họ sống ở Huế.
            Năm 1990 họ lập gia đình. Mấy tháng sau họ chuyển nhà.
            Năm 1990 họ lập gia đình. Những năm sau họ sống ở Huế.
            """)
    void shouldCountNoYearAfterTheDateBeforeFromAVietnameseVagueCount(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).extracting(DateMention::text).containsExactly("Năm 1990");
    }

    @Test
    void shouldLeaveACountBeforeAnEventThatIsNoDateUndated() {
        assertThat(extractor.extract("Llegaron dos días después de la boda.", "es", REFERENCE)).isEmpty();
        assertThat(extractor.extract("Il giorno dopo arrivò la lettera.", "it", REFERENCE)).isEmpty();
    }

    @Test
    void shouldNotCountAWeekFromAYearAsIfItsFirstDayWereGiven() {
        String text = "The company was founded in 2014. The previous week, troops moved.";

        assertThat(extractor.extract(text, "en", REFERENCE)).filteredOn(d -> d.text().contains("previous week"))
                .allSatisfy(mention -> assertThat(mention.granularity()).isEqualTo(Granularity.WEEK));
    }

    @Test
    void shouldCountAChineseCountLaterFromTheOneBeforeItWhenTheyFollowEachOther() {
        String text = "乐队于1994年5月解散。十年后重新组建，两年后发行新专辑。";

        assertThat(extractor.extract(text, "zh", REFERENCE)).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("1994年5月", "1994-05"), tuple("十年后", "2004"), tuple("两年后", "2006"));
    }

    @Test
    void shouldCountAChineseCountLaterFromNowWithoutADateBeforeItOrAfterAWordOfTheFuture() {
        assertOnlyMention("三天后，展览开幕。", extractor.extract("三天后，展览开幕。", "zh", REFERENCE), "三天后",
                "2021-11-11", Granularity.DAY);
        String text = "展馆于2008年5月2日开馆。新展将于三天后开幕。";

        assertThat(extractor.extract(text, "zh", REFERENCE)).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("2008年5月2日", "2008-05-02"), tuple("三天后", "2021-11-11"));
    }

    @Test
    void shouldGiveNoDateToAChineseCountLaterThatTheDateBeforeItIsTooVagueFor() {
        String text = "乐队于1994年解散。三周后重新组建。";

        assertOnlyMention(text, extractor.extract(text, "zh", REFERENCE), "1994年", "1994", Granularity.YEAR);
    }

    @Test
    void shouldReadAChineseOrdinalInARowAsNoNextDay() {
        String text = "2014年3月4日，美股连续第二天下跌。";

        assertOnlyMention(text, extractor.extract(text, "zh", REFERENCE), "2014年3月4日", "2014-03-04",
                Granularity.DAY);
    }

    @Test
    void shouldReadAVietnameseNumberedWeekdayOfNextWeekAsNoCountOfWeeks() {
        String text = "Hôm 2/11 dàn nhạc biểu diễn ở Huế. Buổi diễn tiếp theo sẽ diễn ra vào thứ Bảy tuần sau.";

        assertThat(extractor.extract(text, "vi", REFERENCE)).extracting(DateMention::text, DateMention::value,
                DateMention::granularity).containsExactly(
                        tuple("2/11", "2021-11-02", Granularity.DAY),
                        tuple("thứ Bảy tuần sau", "2021-11-20", Granularity.DAY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cô sẽ nghỉ ngơi hai tháng trước khi lưu diễn ở Mỹ.
            Ba tuần sau khi ra mắt, album đứng đầu bảng xếp hạng.
            """)
    void shouldFindNoDateInAVietnameseCountBeforeAConjunction(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }
}
