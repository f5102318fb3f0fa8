package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateRangesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2026, 11, 23, 12, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The talks ran from 2010 to 2018 in Geneva.          | from 2010 to 2018                | 2010       | 2018       | YEAR
            en | It grew between 1991 and 1994, then shrank.         | between 1991 and 1994            | 1991       | 1994       | YEAR
            en | The strike lasted from May to July 1990.            | from May to July 1990            | 1990-05    | 1990-07    | MONTH
            en | The strike lasted from April to June in 2017.       | from April to June in 2017       | 2017-04    | 2017-06    | MONTH
            en | Snow fell from November to February 2017.          | from November to February 2017   | 2016-11    | 2017-02    | MONTH
            en | The fair runs from May to September.                | from May to September            | 2026-05    | 2026-09    | MONTH
            en | Snow fell between November and February.            | between November and February    | 2026-11    | 2027-02    | MONTH
            fr | La foire dure de mai à septembre.                   | de mai à septembre               | 2026-05    | 2026-09    | MONTH
            en | The summit met on 1–3 April 2014 in Bucharest.      | 1–3 April 2014                   | 2014-04-01 | 2014-04-03 | DAY
            en | The dam burst on the night of 8/9 March 1864.      | 8/9 March 1864                   | 1864-03-08 | 1864-03-09 | DAY
            en | Voting is between 1 and 3 April.                    | between 1 and 3 April            | 2026-04-01 | 2026-04-03 | DAY
            en | Talks run between 1 December and 4 February.        | between 1 December and 4 February | 2026-12-01 | 2027-02-04 | DAY
            en | Polls stay open between March 8 and 10 this time.  | between March 8 and 10           | 2026-03-08 | 2026-03-10 | DAY
            en | It snowed between Jan. 4th and the 9th, 2011, here. | between Jan. 4th and the 9th, 2011 | 2011-01-04 | 2011-01-09 | DAY
            es | La feria va del 20 de diciembre al 6 de enero.      | del 20 de diciembre al 6 de enero | 2026-12-20 | 2027-01-06 | DAY
            el | Η έκθεση διαρκεί από 20 Δεκεμβρίου έως 6 Ιανουαρίου. | από 20 Δεκεμβρίου έως 6 Ιανουαρίου | 2026-12-20 | 2027-01-06 | DAY
            el | Η έκθεση διαρκεί 13 με 15 Ιουλίου.                | 13 με 15 Ιουλίου                 | 2026-07-13 | 2026-07-15 | DAY
            en | It ran from 1 April to 3 May 2014.                  | from 1 April to 3 May 2014       | 2014-04-01 | 2014-05-03 | DAY
            en | Fighting lasted from December 3, 1971 to December 16, 1971. | from December 3, 1971 to December 16, 1971 | 1971-12-03 | 1971-12-16 | DAY
            en | Talks were held April 1-3, 2014, in Brussels.       | April 1-3, 2014                  | 2014-04-01 | 2014-04-03 | DAY
            de | Der Gipfel tagte vom 1. bis 3. April 2014.          | vom 1. bis 3. April 2014         | 2014-04-01 | 2014-04-03 | DAY
            de | Die Gespräche liefen von 2010 bis 2018.             | von 2010 bis 2018                | 2010       | 2018       | YEAR
            fr | Le sommet s'est tenu du 1er au 3 avril 2014.        | du 1er au 3 avril 2014           | 2014-04-01 | 2014-04-03 | DAY
            fr | La grève a duré de mai à juillet 1990.              | de mai à juillet 1990            | 1990-05    | 1990-07    | MONTH
            fr | Le festival va du vendredi 4 au dimanche 6 juin 2021. | du vendredi 4 au dimanche 6 juin 2021 | 2021-06-04 | 2021-06-06 | DAY
            it | La fiera va dal lunedì 4 al venerdì 8 marzo 2019.   | dal lunedì 4 al venerdì 8 marzo 2019 | 2019-03-04 | 2019-03-08 | DAY
            it | Il festival va dal tre al cinque agosto 2018.       | dal tre al cinque agosto 2018 | 2018-08-03 | 2018-08-05 | DAY
            it | Si vota tra il 6 e il 7 maggio 2012.                | tra il 6 e il 7 maggio 2012 | 2012-05-06 | 2012-05-07 | DAY
            fr | Le salon ouvre du premier au dix mai 2016.          | du premier au dix mai 2016 | 2016-05-01 | 2016-05-10 | DAY
            en | Sales grew from Q1 2017 to Q3 2017.                 | from Q1 2017 to Q3 2017 | 2017-Q1 | 2017-Q3 | QUARTER
            pt | Cresceu a partir do primeiro trimestre de 2016 até ao terceiro trimestre de 2016. | a partir do primeiro trimestre de 2016 até ao terceiro trimestre de 2016 | 2016-Q1 | 2016-Q3 | QUARTER
            ru | Саммит прошёл с 1 по 3 апреля 2014 года.            | с 1 по 3 апреля 2014             | 2014-04-01 | 2014-04-03 | DAY
            ru | Переговоры шли с 2010 по 2018 год.                  | с 2010 по 2018                   | 2010       | 2018       | YEAR
            vi | Chiến dịch từ 26 đến 30 tháng 4 năm 1975 tại Sài Gòn. | từ 26 đến 30 tháng 4 năm 1975  | 1975-04-26 | 1975-04-30 | DAY
            vi | Đàm phán từ năm 2010 đến năm 2018.                  | từ năm 2010 đến năm 2018         | 2010       | 2018       | YEAR
            vi | Cuộc đình công từ tháng 5 đến tháng 7 năm 1990.     | từ tháng 5 đến tháng 7 năm 1990  | 1990-05    | 1990-07    | MONTH
            el | Η σύνοδος έγινε από 1 έως 3 Απριλίου 2014.          | από 1 έως 3 Απριλίου 2014        | 2014-04-01 | 2014-04-03 | DAY
            el | Οι συνομιλίες κράτησαν από το 2010 έως το 2018.     | από το 2010 έως το 2018          | 2010       | 2018       | YEAR
            ar | أغلق الجسر بين عامي 1998 و2001 للإصلاح.            | بين عامي 1998 و2001              | 1998       | 2001       | YEAR
            ar | جرت المحادثات بين 5 مايو و6 يونيو 2001.             | بين 5 مايو و6 يونيو 2001         | 2001-05-05 | 2001-06-06 | DAY
            el | Η απεργία κράτησε από τον Μάιο έως τον Ιούλιο του 1990. | από τον Μάιο έως τον Ιούλιο του 1990 | 1990-05 | 1990-07 | MONTH
            en | The fair ran from 1 April 2014 to 3 May.            | from 1 April 2014 to 3 May       | 2014-04-01 | 2014-05-03 | DAY
            ja | 工事は2020年6月から7月まで続いた。                       | 2020年6月から7月                    | 2020-06    | 2020-07    | MONTH
            zh | 从2010年到2015年经济增长。                              | 从2010年到2015年                   | 2010       | 2015       | YEAR
            ja | 2020から2021年にかけて改修した。                         | 2020から2021年                     | 2020       | 2021       | YEAR
            zh | 1995-1997年经济增长。                                  | 1995-1997年                        | 1995       | 1997       | YEAR
            zh | 2010到2015年经济增长。                                  | 2010到2015年                       | 2010       | 2015       | YEAR
            ja | 2020・2021年の決算を見た。                               | 2020・2021年                       | 2020       | 2021       | YEAR
            ja | 2020年・2021年の決算を見た。                             | 2020年・2021年                     | 2020       | 2021       | YEAR
            zh | 2020、2021年的数据                                       | 2020、2021年                       | 2020       | 2021       | YEAR
            zh | 2011年与2014年间物价上涨。                               | 2011年与2014年间                   | 2011       | 2014       | YEAR
            da | Festivalen varer fra 13 til 15 juli.               | fra 13 til 15 juli               | 2026-07-13 | 2026-07-15 | DAY
            sv | Mässan pågår 13 till 15 juli.                       | 13 till 15 juli                  | 2026-07-13 | 2026-07-15 | DAY
            nb | Streiken varte fra 2010 til 2018.                   | fra 2010 til 2018                | 2010       | 2018       | YEAR
            hr | Sajam traje od 13. do 15. srpnja.                   | od 13. do 15. srpnja             | 2026-07-13 | 2026-07-15 | DAY
            nl | De beurs duurt 13 tot en met 15 juli.               | 13 tot en met 15 juli            | 2026-07-13 | 2026-07-15 | DAY
            ca | La fira va del 21 de desembre al 6 de gener.       | del 21 de desembre al 6 de gener | 2026-12-21 | 2027-01-06 | DAY
            es | La feria va del 21 de dic. al 6 de ene.           | del 21 de dic. al 6 de ene       | 2026-12-21 | 2027-01-06 | DAY
            hi | वार्ता 2010 से 2018 तक चली।                        | 2010 से 2018                     | 2010       | 2018       | YEAR
            hi | मेला 13 से 15 जुलाई तक चलेगा।                      | 13 से 15 जुलाई                   | 2026-07-13 | 2026-07-15 | DAY
            tr | Görüşmeler 2014'ten 2018'e kadar sürdü.           | 2014'ten 2018'e kadar            | 2014       | 2018       | YEAR
            tr | Grev Mayıs'tan Eylül'e kadar sürdü.               | Mayıs'tan Eylül'e kadar          | 2026-05    | 2026-09    | MONTH
            tr | Kampanya Kasım'dan Mart'a kadar sürer.            | Kasım'dan Mart'a kadar           | 2026-11    | 2027-03    | MONTH
            tr | Fuar 3/10'dan 7/10'a açık.                        | 3/10'dan 7/10'a                  | 2026-10-03 | 2026-10-07 | DAY
            tr | Kriz 2007 ile 2009 arasında yaşandı.              | 2007 ile 2009 arasında           | 2007       | 2009       | YEAR
            tr | Sergi 8 Ağustos - 12 Ağustos arası açık.          | 8 Ağustos - 12 Ağustos           | 2026-08-08 | 2026-08-12 | DAY
            hu | A vásár július 13-tól július 15-ig tart.          | július 13-tól július 15-ig       | 2026-07-13 | 2026-07-15 | DAY
            hu | Az útlezárás május 2-ától június 1-jéig tart.     | május 2-ától június 1-jéig       | 2026-05-02 | 2026-06-01 | DAY
            hu | A cég 2011-től 2019-ig működött.                  | 2011-től 2019-ig                 | 2011       | 2019       | YEAR
            hu | A sztrájk februártól áprilisig tartott.           | februártól áprilisig             | 2026-02    | 2026-04    | MONTH
            hu | A válság 2008 és 2010 között tombolt.             | 2008 és 2010 között              | 2008       | 2010       | YEAR
            ro | Fabrica a mers din 2011 până în 2019.             | din 2011 până în 2019            | 2011       | 2019       | YEAR
            ro | Târgul ține de la 13 la 15 iulie.                 | de la 13 la 15 iulie             | 2026-07-13 | 2026-07-15 | DAY
            ro | Criza a durat între 2008 și 2010.                 | între 2008 și 2010               | 2008       | 2010       | YEAR
            en | Prices rose from 2014 to May 2018.                 | from 2014 to May 2018            | 2014-01    | 2018-05    | MONTH
            en | Sales grew between January 2025 and today.         | between January 2025 and today   | 2025-01-01 | 2026-11-23 | DAY
            fr | Il dirige le club du 1er août 2019 à aujourd'hui.  | du 1er août 2019 à aujourd'hui   | 2019-08-01 | 2026-11-23 | DAY
            fr | Les prix ont monté entre mai 2015 et 2018.         | entre mai 2015 et 2018           | 2015-05    | 2018-12    | MONTH
            en | Prices have doubled between May 2019 and now.      | between May 2019 and now         | 2019-05-01 | 2026-11-23 | DAY
            fr | Les loyers montent entre août 2025 et maintenant.  | entre août 2025 et maintenant    | 2025-08-01 | 2026-11-23 | DAY
            en | She has led the choir (2019–present).             | 2019–present                     | 2019-01-01 | 2026-11-23 | DAY
            en | Rents have risen from May 2021 to the present.    | from May 2021 to the present     | 2021-05-01 | 2026-11-23 | DAY
            es | Habrá obras entre ahora y 15 de diciembre.         | entre ahora y 15 de diciembre    | 2026-11-23 | 2026-12-15 | DAY
            vi | Từ năm 2012 đến nay, bảo tàng đón 3 triệu khách. | Từ năm 2012 đến nay              | 2012-01-01 | 2026-11-23 | DAY
            vi | Giá lúa đã tăng 8% từ đầu năm đến nay.            | từ đầu năm đến nay               | 2026-01-01 | 2026-11-23 | DAY
            vi | Từ đầu năm tới nay, giá vàng tăng 10%.            | Từ đầu năm tới nay               | 2026-01-01 | 2026-11-23 | DAY
            vi | Tuyến đường sắt (1936 – hiện nay) dài 1.726 km.    | 1936 – hiện nay                  | 1936-01-01 | 2026-11-23 | DAY
            zh | 展期为2017/3/1-2017/4/15。                         | 2017/3/1-2017/4/15               | 2017-03-01 | 2017-04-15 | DAY
            ja | 期間は2022-5-9-2022-6-30です。                      | 2022-5-9-2022-6-30               | 2022-05-09 | 2022-06-30 | DAY
            de | Bomben fielen in der Nacht vom 3. auf den 4. Dezember 1943. | vom 3. auf den 4. Dezember 1943 | 1943-12-03 | 1943-12-04 | DAY
            de | In der Nacht vom 3. zum 4. Dezember 1943 brannte es. | vom 3. zum 4. Dezember 1943 | 1943-12-03 | 1943-12-04 | DAY
            ru | В ночь с 3 на 4 декабря 1943 года город бомбили.   | с 3 на 4 декабря 1943            | 1943-12-03 | 1943-12-04 | DAY
            uk | У ніч з 3 на 4 грудня 1943 року місто бомбили.     | з 3 на 4 грудня 1943             | 1943-12-03 | 1943-12-04 | DAY
            pl | W nocy z 3 na 4 grudnia 1943 miasto płonęło.       | z 3 na 4 grudnia 1943            | 1943-12-03 | 1943-12-04 | DAY
            fr | Louis le Pieux (16 avril 778 – 20 juin 840) règne.  | 16 avril 778 – 20 juin 840       | 0778-04-16 | 0840-06-20 | DAY
            de | Ludwig der Fromme (16. April 778 – 20. Juni 840).  | 16. April 778 – 20. Juni 840     | 0778-04-16 | 0840-06-20 | DAY
            es | Carlomagno (2 de abril de 742 – 28 de enero de 814). | 2 de abril de 742 – 28 de enero de 814 | 0742-04-02 | 0814-01-28 | DAY
            ru | Карл Великий (2 апреля 742 — 28 января 814).       | 2 апреля 742 — 28 января 814     | 0742-04-02 | 0814-01-28 | DAY
            pl | Ludwik Pobożny (16 kwietnia 778 – 20 czerwca 840). | 16 kwietnia 778 – 20 czerwca 840 | 0778-04-16 | 0840-06-20 | DAY
            en | Protests (1 March 2011 – 5 May 300 arrests).      | 1 March 2011 – 5 May              | 2011-03-01 | 2011-05-05 | DAY
            """)
    void shouldJoinTheTwoEndsOfARangeIntoOneMention(String language, String text, String expectedText,
            String expectedValue, String expectedEnd, Granularity expectedGranularity) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);

        assertThat(mentions).hasSize(1);
        DateMention mention = mentions.get(0);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(expectedText);
        assertThat(mention.value()).isEqualTo(expectedValue);
        assertThat(mention.rangeEnd()).isEqualTo(expectedEnd);
        assertThat(mention.granularity()).isEqualTo(expectedGranularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Russia joined in 1994 and left in 2022.            | 2
            en | It was founded in 1949 and 1952 saw Greece join.   | 2
            en | The score was 2010 to 2008 after overtime.         | 2
            en | Russia joined in 1994 and left in May 2022.        | 2
            en | Now, as in 2019, prices fall.                      | 1
            en | Prices are now higher than in May 2019.            | 1
            en | The present rules of 2019 still hold.             | 1
            en | Members present in May 2019 voted.                 | 1
            de | Er kam 1990 und ging 2000.                         | 2
            hi | वह 1990 और 2000 में आया।                           | 2
            tr | Firma 2014'te kuruldu, 2018'de kapandı.            | 2
            tr | Firma 2014 ve 2018 yıllarında büyüdü.              | 2
            hu | A 2014-es és a 2019-es választás eltért.          | 2
            hu | 2011-től dolgozik itt, 2019-ben lett főnök.        | 2
            ro | A venit din Cluj în 2011 și a plecat în 2019.     | 2
            en | The post passed from May to Johnson.               | 0
            ja | 2020年、2021年への延期が決まった。                 | 2
            ja | 2018・2021年の決算を見た。                         | 2
            en | Between June 5 and 6 million tourists will come.  | 1
            vi | Năm 2012, bảo tàng mở cửa; nay nó đón 3 triệu khách. | 1
            vi | Vụ án xảy ra năm 2010 đến nay vẫn chưa được xét xử. | 1
            en | Between June 5 and 9 workers will join each day.  | 1
            en | Between June 5 and 20 percent will be sold.       | 1
            ar | زار المدينة في عامي 1998 و2001.                    | 2
            de | Das Spiel wurde vom 3. auf den 4. Dezember verschoben. | 1
            ru | Матч перенесли с 3 на 4 декабря.                   | 1
            """)
    void shouldLeaveDatesApartWhenTheTextDoesNotMakeARange(String language, String text, int expectedMentions) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);

        assertThat(mentions).hasSize(expectedMentions).allSatisfy(m -> assertThat(m.rangeEnd()).isNull());
    }
}
