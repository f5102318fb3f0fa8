package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import dev.polychron.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The date families of issue #3 in en, vi, el, de, fr and ru, for the cells the other date tests leave empty: a row
 * names its family (absolute dates, month names, holidays, fuzzy dates, ranges, relative dates, years in a name), then
 * the sentence and the one mention expected in it, with its offsets and TIMEX3 fields; an empty cell is a null field.
 */
class DateFamiliesByLanguageTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private static final RuleBasedDateExtractor EXTRACTOR = new RuleBasedDateExtractor();
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            absolute | en    | The bridge opened in 1999.                                | 1999                         | 1999             | YEAR    |       |
            absolute | vi    | Hiệp định được ký ngày 15/6/1999 tại Huế.                 | 15/6/1999                    | 1999-06-15       | DAY     |       |
            absolute | vi    | Ngày 15-06-1999 hai nước ký hiệp định.                    | 15-06-1999                   | 1999-06-15       | DAY     |       |
            absolute | el    | Η συμφωνία υπογράφηκε στις 15/6/1999 στη Θεσσαλονίκη.     | 15/6/1999                    | 1999-06-15       | DAY     |       |
            absolute | el    | Η συμφωνία υπογράφηκε στις 15.06.1999.                    | 15.06.1999                   | 1999-06-15       | DAY     |       |
            absolute | el    | Η γέφυρα άνοιξε το 1999.                                  | 1999                         | 1999             | YEAR    |       |
            absolute | de    | Die Brücke wurde im Jahr 1999 eröffnet.                   | 1999                         | 1999             | YEAR    |       |
            absolute | de    | Im Juni 1999 wurde die Brücke eröffnet.                   | Juni 1999                    | 1999-06          | MONTH   |       |
            absolute | de    | Die Messe begann am 3 Mrz 1999 in Leipzig.                | 3 Mrz 1999                   | 1999-03-03       | DAY     |       |
            absolute | fr    | Le pont a ouvert en 1999.                                 | 1999                         | 1999             | YEAR    |       |
            absolute | fr    | Le pont a ouvert en juin 1999.                            | juin 1999                    | 1999-06          | MONTH   |       |
            absolute | fr    | Le traité fut signé le 15.06.1999.                        | 15.06.1999                   | 1999-06-15       | DAY     |       |
            absolute | fr    | Le traité fut signé le 15 juin 1999 à Nantes.             | 15 juin 1999                 | 1999-06-15       | DAY     |       |
            absolute | ru    | Договор подписали 15.06.1999 в Казани.                    | 15.06.1999                   | 1999-06-15       | DAY     |       |
            absolute | ru    | Договор подписан 15 июня 1999 г.                          | 15 июня 1999                 | 1999-06-15       | DAY     |       |
            absolute | ru    | Мост открыли в 1999 году.                                 | 1999                         | 1999             | YEAR    |       |
            absolute | vi    | Hiệp định ký tháng 6/1999.                                | tháng 6/1999                 | 1999-06          | MONTH   |       |
            absolute | en    | The 2014 election was close.                              | 2014                         | 2014             | YEAR    |       |
            absolute | en    | In 2014 soldiers were sent to Mali.                       | 2014                         | 2014             | YEAR    |       |
            absolute | de    | Seit 2014 Soldaten dort dienen, ist es ruhig.             | 2014                         | 2014             | YEAR    |       |
            absolute | ru    | В 2014 солдат отправили на фронт.                         | 2014                         | 2014             | YEAR    |       |
            absolute | fr    | Voir le rapport de 2014, p. 12.                           | 2014                         | 2014             | YEAR    |       |
            month    | en    | It came out in Sep 2008.                                  | Sep 2008                     | 2008-09          | MONTH   |       |
            month    | en    | It came out in Feb. 2008.                                 | Feb. 2008                    | 2008-02          | MONTH   |       |
            month    | vi    | Phiên chợ họp vào tháng giêng năm 2008.                   | tháng giêng năm 2008         | 2008-01          | MONTH   |       |
            month    | vi    | Nợ phải trả trước tháng chạp.                             | tháng chạp                   | 2013-12          | MONTH   |       |
            month    | vi    | Ngày mùng 5 tháng 5 năm 2008 họ về quê.                   | mùng 5 tháng 5 năm 2008      | 2008-05-05       | DAY     |       |
            month    | el    | Η έκθεση βγήκε τον Φεβ. 2008.                             | Φεβ. 2008                    | 2008-02          | MONTH   |       |
            month    | el    | Η έκθεση βγήκε στις 3 Μαΐου 2008.                         | 3 Μαΐου 2008                 | 2008-05-03       | DAY     |       |
            month    | de    | Der Bericht erschien im Feb. 2008.                        | Feb. 2008                    | 2008-02          | MONTH   |       |
            month    | de    | Der Bericht erschien am 3. Okt. 2008.                     | 3. Okt. 2008                 | 2008-10-03       | DAY     |       |
            month    | de    | Die Hütte wurde im Jänner 2008 gebaut.                    | Jänner 2008                  | 2008-01          | MONTH   |       |
            month    | de-AT | Der Bericht erschien im Jänner 2008.                      | Jänner 2008                  | 2008-01          | MONTH   |       |
            month    | fr    | Le rapport parut en févr. 2008.                           | févr. 2008                   | 2008-02          | MONTH   |       |
            month    | fr    | Le rapport parut le 3 janv. 2008.                         | 3 janv. 2008                 | 2008-01-03       | DAY     |       |
            month    | fr    | La foire ouvre le premier mai 2008.                       | premier mai 2008             | 2008-05-01       | DAY     |       |
            month    | ru    | Отчёт вышел в дек. 2008 г.                                | дек. 2008                    | 2008-12          | MONTH   |       |
            month    | ru    | Это было в марте 2008 года.                               | марте 2008                   | 2008-03          | MONTH   |       |
            month    | vi    | Họ cưới nhau vào tháng tư năm 2008.                       | tháng tư năm 2008            | 2008-04          | MONTH   |       |
            month    | vi    | Họ cưới nhau vào tháng bốn năm 2008.                      | tháng bốn năm 2008           | 2008-04          | MONTH   |       |
            month    | vi    | Họ cưới nhau vào tháng tư.                                | tháng tư                     | 2013-04          | MONTH   |       |
            month    | vi    | Lúa chín vào Tháng Sáu năm 2008.                          | Tháng Sáu năm 2008           | 2008-06          | MONTH   |       |
            month    | ru    | Отчёт вышел в мае 2008 года.                              | мае 2008                     | 2008-05          | MONTH   |       |
            month    | ru    | Это было в мае.                                           | мае                          | 2012-05          | MONTH   |       |
            month    | ru    | Мост открыли в июле 2008 года.                            | июле 2008                    | 2008-07          | MONTH   |       |
            month    | uk    | Міст відкрили у липні 2008 року.                          | липні 2008                   | 2008-07          | MONTH   |       |
            month    | cs    | Most otevřeli v dubnu 2008.                               | dubnu 2008                   | 2008-04          | MONTH   |       |
            month    | cs    | Sklizeň začala v srpnu.                                   | srpnu                        | 2012-08          | MONTH   |       |
            month    | uk    | Звіт вийшов у лютому 2008 року.                           | лютому 2008                  | 2008-02          | MONTH   |       |
            month    | uk    | Це було в січні.                                          | січні                        | 2013-01          | MONTH   |       |
            month    | en    | It came out in Sept. 2008.                                | Sept. 2008                   | 2008-09          | MONTH   |       |
            month    | en    | It came out on 3 Sept. 2008.                              | 3 Sept. 2008                 | 2008-09-03       | DAY     |       |
            month    | ru    | Это случилось 9 мая.                                      | 9 мая                        | 2013-05-09       | DAY     |       |
            holiday  | en-GB | The shops shut on Boxing Day 2016.                        | Boxing Day 2016              | 2016-12-26       | DAY     |       |
            holiday  | vi    | Họ về quê ăn Tết Nguyên đán năm 2016.                     | Tết Nguyên đán năm 2016      | 2016-02-08       | DAY     |       |
            holiday  | vi    | Đêm Giáng sinh 2016 trời lạnh.                            | Giáng sinh 2016              | 2016-12-25       | DAY     |       |
            holiday  | el    | Το Πάσχα του 2016 ήταν αργά.                              | Πάσχα του 2016               | 2016-05-01       | DAY     |       |
            holiday  | de    | An Pfingsten 2016 regnete es.                             | Pfingsten 2016               | 2016-05-15       | DAY     |       |
            holiday  | de    | Weihnachten 2016 war mild.                                | Weihnachten 2016             | 2016-12-25       | DAY     |       |
            holiday  | fr    | Le 14 juillet 2016, un défilé eut lieu.                   | 14 juillet 2016              | 2016-07-14       | DAY     |       |
            holiday  | fr    | À la Toussaint 2016, il pleuvait.                         | Toussaint 2016               | 2016-11-01       | DAY     |       |
            holiday  | ru    | Рождество 2016 года выдалось холодным.                    | Рождество 2016 года          | 2016-01-07       | DAY     |       |
            fuzzy    | en    | Prices peaked in the late 1990s.                          | late 1990s                   | 199              | DECADE  | END   |
            fuzzy    | vi    | Vào giữa năm 2008, giá tăng.                              | giữa năm 2008                | 2008             | YEAR    | MID   |
            fuzzy    | vi    | Vào cuối năm 2008, giá tăng.                              | cuối năm 2008                | 2008             | YEAR    | END   |
            fuzzy    | vi    | Mùa xuân năm 2008 trời ấm.                                | Mùa xuân năm 2008            | 2008-SP          | SEASON  |       |
            fuzzy    | el    | Στις αρχές του 2008 οι τιμές ανέβηκαν.                    | αρχές του 2008               | 2008             | YEAR    | START |
            fuzzy    | el    | Στα μέσα του 2008 οι τιμές ανέβηκαν.                      | μέσα του 2008                | 2008             | YEAR    | MID   |
            fuzzy    | el    | Το καλοκαίρι του 2008 έκανε ζέστη.                        | καλοκαίρι του 2008           | 2008-SU          | SEASON  |       |
            fuzzy    | el    | Ο 19ος αιώνας ήταν ταραγμένος.                            | 19ος αιώνας                  | 18               | CENTURY |       |
            fuzzy    | de    | Ende März 2008 stiegen die Preise.                        | Ende März 2008               | 2008-03          | MONTH   | END   |
            fuzzy    | de    | Anfang 2008 stiegen die Preise.                           | Anfang 2008                  | 2008             | YEAR    | START |
            fuzzy    | de    | Mitte 2008 stiegen die Preise.                            | Mitte 2008                   | 2008             | YEAR    | MID   |
            fuzzy    | de    | In den 1990er Jahren stiegen die Preise.                  | 1990er                       | 199              | DECADE  |       |
            fuzzy    | de    | Im Sommer 2008 war es heiß.                               | Sommer 2008                  | 2008-SU          | SEASON  |       |
            fuzzy    | fr    | Fin mars 2008, les prix ont grimpé.                       | Fin mars 2008                | 2008-03          | MONTH   | END   |
            fuzzy    | fr    | Début 2008, les prix ont grimpé.                          | Début 2008                   | 2008             | YEAR    | START |
            fuzzy    | fr    | Au printemps 2008, il faisait doux.                       | printemps 2008               | 2008-SP          | SEASON  |       |
            fuzzy    | ru    | Весна 2008 года была тёплой.                              | Весна 2008                   | 2008-SP          | SEASON  |       |
            fuzzy    | ru    | В XIX веке империя росла.                                 | XIX веке                     | 18               | CENTURY |       |
            fuzzy    | uk    | У XVIII столітті місто зросло.                            | XVIII столітті               | 17               | CENTURY |       |
            fuzzy    | uk    | Собор збудували в 12 столітті.                            | 12 столітті                  | 11               | CENTURY |       |
            range    | vi    | Cuộc chiến kéo dài giai đoạn 1991–1994.                   | 1991–1994                    | 1991             | YEAR    |       | 1994
            range    | vi    | Mùa giải 2004–05 thành công.                              | 2004–05                      | 2004             | YEAR    |       | 2005
            range    | el    | Ο πόλεμος του 1991-1994 τελείωσε.                         | 1991-1994                    | 1991             | YEAR    |       | 1994
            range    | de    | Die Saison 2020/21 endete früh.                           | 2020/21                      | 2020             | YEAR    |       | 2021
            range    | vi    | Trận đánh kéo dài từ ngày 13 tháng 3 đến ngày 7 tháng 5 năm 1954. | từ ngày 13 tháng 3 đến ngày 7 tháng 5 năm 1954 | 1954-03-13 | DAY |  | 1954-05-07
            range    | en    | The 2010/2011 budget was cut.                             | 2010/2011                    | 2010             | YEAR    |       | 2011
            range    | el    | Η σεζόν 2004-05 ήταν καλή.                                | 2004-05                      | 2004             | YEAR    |       | 2005
            range    | de    | Der Krieg 1991–1994 war lang.                             | 1991–1994                    | 1991             | YEAR    |       | 1994
            range    | fr    | La guerre de 1991-1994 fut longue.                        | 1991-1994                    | 1991             | YEAR    |       | 1994
            range    | fr    | La saison 2004-05 fut bonne.                              | 2004-05                      | 2004             | YEAR    |       | 2005
            range    | ru    | Война 1991—1994 годов была долгой.                        | 1991—1994                    | 1991             | YEAR    |       | 1994
            range    | vi    | Bầu cử diễn ra trong khoảng từ ngày 1 đến ngày 3 tháng 4. | từ ngày 1 đến ngày 3 tháng 4 | 2013-04-01       | DAY     |       | 2013-04-03
            range    | vi    | Hội chợ diễn ra từ ngày 20 đến 22/10/2022 tại Huế.         | từ ngày 20 đến 22/10/2022    | 2022-10-20       | DAY     |       | 2022-10-22
            range    | vi    | Hội chợ diễn ra ngày 20-22/10 tại Huế.                     | ngày 20-22/10                | 2013-10-20       | DAY     |       | 2013-10-22
            range    | cs    | Volby se konaly 20. až 22. října 2022.                     | 20. až 22. října 2022        | 2022-10-20       | DAY     |       | 2022-10-22
            range    | cs    | Veletrh trvá od 3. do 5. května 2022.                      | od 3. do 5. května 2022      | 2022-05-03       | DAY     |       | 2022-05-05
            range    | el    | Οι εκλογές γίνονται μεταξύ 1 και 3 Απριλίου.              | μεταξύ 1 και 3 Απριλίου      | 2013-04-01       | DAY     |       | 2013-04-03
            range    | de    | Die Wahl findet zwischen dem 1. und 3. April statt.       | zwischen dem 1. und 3. April | 2013-04-01       | DAY     |       | 2013-04-03
            range    | fr    | Le vote aura lieu entre le 1er et le 3 avril.             | entre le 1er et le 3 avril   | 2013-04-01       | DAY     |       | 2013-04-03
            range    | ru    | Выборы пройдут между 1 и 3 апреля.                        | между 1 и 3 апреля           | 2013-04-01       | DAY     |       | 2013-04-03
            range    | de    | Der Streik dauerte von Mai bis Juli 1990.                 | von Mai bis Juli 1990        | 1990-05          | MONTH   |       | 1990-07
            range    | ru    | Забастовка длилась с мая по июль 1990 года.               | с мая по июль 1990           | 1990-05          | MONTH   |       | 1990-07
            fuzzy    | ru    | В конце марта 2008 года цены выросли.                     | конце марта 2008             | 2008-03          | MONTH   | END   |
            fuzzy    | ru    | В начале 2008 года цены выросли.                          | начале 2008                  | 2008             | YEAR    | START |
            fuzzy    | ru    | В середине 2008 года цены выросли.                        | середине 2008                | 2008             | YEAR    | MID   |
            fuzzy    | ru    | В начале 1990-х годов цены выросли.                       | начале 1990-х                | 199              | DECADE  | START |
            fuzzy    | ru    | В 1990-х годах цены выросли.                              | 1990-х                       | 199              | DECADE  |       |
            fuzzy    | ru    | Весной 2008 года было тепло.                              | Весной 2008                  | 2008-SP          | SEASON  |       |
            fuzzy    | fr    | Au début des années 1990, les prix ont grimpé.            | début des années 1990        | 199              | DECADE  | START |
            fuzzy    | fr    | Dans les années 1990, les prix ont grimpé.                | années 1990                  | 199              | DECADE  |       |
            fuzzy    | ja    | 1990年代に価格が上がった。                                  | 1990年代                      | 199              | DECADE  |       |
            fuzzy    | ko    | 1990년대에 가격이 올랐다.                                  | 1990년대                      | 199              | DECADE  |       |
            fuzzy    | hi    | 1990 के दशक में कीमतें बढ़ीं।                                 | 1990 के दशक                   | 199              | DECADE  |       |
            fuzzy    | hi    | 1990 के दौरान कीमतें बढ़ीं।                                   | 1990                          | 1990             | YEAR    |       |
            fuzzy    | fr    | À la mi-2008, les prix ont grimpé.                        | mi-2008                      | 2008             | YEAR    | MID   |
            fuzzy    | fr    | Au début du XXe siècle, la ville était pauvre.            | début du XXe siècle          | 19               | CENTURY | START |
            fuzzy    | vi    | Vào đầu năm 2008, giá tăng.                               | đầu năm 2008                 | 2008             | YEAR    | START |
            fuzzy    | vi    | Vào cuối thập niên 1990, giá tăng.                        | cuối thập niên 1990          | 199              | DECADE  | END   |
            fuzzy    | vi    | Vào đầu thế kỷ 20, làng còn nghèo.                        | đầu thế kỷ 20                | 19               | CENTURY | START |
            fuzzy    | el    | Τη δεκαετία του 1990 οι τιμές ανέβηκαν.                   | δεκαετία του 1990            | 199              | DECADE  |       |
            fuzzy    | vi    | Đầu những năm 1990, giá tăng.                             | Đầu những năm 1990           | 199              | DECADE  | START |
            fuzzy    | vi    | Trong những năm 1980, giá giảm.                           | những năm 1980               | 198              | DECADE  |       |
            fuzzy    | en    | The deal lasted until the end of 2020.                    | the end of 2020              | 2020             | YEAR    | END   |
            fuzzy    | es    | A mediados de 2014 el paro bajó.                          | mediados de 2014             | 2014             | YEAR    | MID   |
            fuzzy    | es    | A principios de los años ochenta todo cambió.             | principios de los años ochenta | 198            | DECADE  | START |
            fuzzy    | es    | En los años 80 hubo crisis.                               | los años 80                  | 198              | DECADE  |       |
            fuzzy    | it    | Alla fine del 1992 scoppiò lo scandalo.                   | fine del 1992                | 1992             | YEAR    | END   |
            fuzzy    | it    | Negli anni sessanta arrivò il boom.                       | Negli anni sessanta          | 196              | DECADE  |       |
            fuzzy    | it    | Agli inizi degli anni '90 arrivò la crisi.                | inizi degli anni '90         | 199              | DECADE  | START |
            fuzzy    | it    | Nei primi anni Novanta la band si sciolse.                | primi anni Novanta           | 199              | DECADE  | START |
            fuzzy    | it    | A fine anni '80 la fabbrica chiuse.                       | fine anni '80                | 198              | DECADE  | END   |
            fuzzy    | it    | Negli ultimi anni del Settecento la città crebbe.         | ultimi anni del Settecento   | 17               | CENTURY | END   |
            fuzzy    | it    | Ai primi di giugno 2019 il governo cadde.                 | primi di giugno 2019         | 2019-06          | MONTH   | START |
            fuzzy    | es    | A primeros de marzo de 2019 llegó la nieve.               | primeros de marzo de 2019    | 2019-03          | MONTH   | START |
            fuzzy    | pt    | No início dos anos 2000 a economia parou.                 | início dos anos 2000         | 200              | DECADE  | START |
            fuzzy    | pt    | Em meados de 2011 o país pediu ajuda.                     | meados de 2011               | 2011             | YEAR    | MID   |
            fuzzy    | nl    | Begin 2002 kwam de euro.                                  | Begin 2002                   | 2002             | YEAR    | START |
            fuzzy    | nl    | In de jaren zestig groeide de welvaart.                   | de jaren zestig              | 196              | DECADE  |       |
            fuzzy    | pl    | W latach 80. działała opozycja.                           | W latach 80.                 | 198              | DECADE  |       |
            fuzzy    | pl    | Na początku lat 90. miasto odnowiono.                     | Na początku lat 90.          | 199              | DECADE  | START |
            fuzzy    | nl    | Eind jaren tachtig verhuisde hij.                         | Eind jaren tachtig           | 198              | DECADE  | END   |
            fuzzy    | uk    | Наприкінці 2004 року почалася революція.                  | Наприкінці 2004              | 2004             | YEAR    | END   |
            fuzzy    | ar    | في أواخر عام 2010 بدأت الاحتجاجات.                        | أواخر عام 2010               | 2010             | YEAR    | END   |
            fuzzy    | he    | בסוף 2014 נסגר המפעל.                                     | בסוף 2014                    | 2014             | YEAR    | END   |
            fuzzy    | he    | באמצע מרץ 2014 נחתם ההסכם.                                | באמצע מרץ 2014               | 2014-03          | MONTH   | MID   |
            fuzzy    | tr    | Fabrika 2014 yılının sonunda kapandı.                     | 2014 yılının sonunda         | 2014             | YEAR    | END   |
            fuzzy    | tr    | Anlaşma Mart 2014 ortasında imzalandı.                    | Mart 2014 ortasında          | 2014-03          | MONTH   | MID   |
            fuzzy    | tr    | Seçim 2015 Ocak başında yapıldı.                          | 2015 Ocak başında            | 2015-01          | MONTH   | START |
            fuzzy    | tr    | Liman 19. yüzyılın sonlarında genişletildi.               | 19. yüzyılın sonlarında      | 18               | CENTURY | END   |
            fuzzy    | tr    | Şirket 2011 yılı başında halka açıldı.                    | 2011 yılı başında            | 2011             | YEAR    | START |
            fuzzy    | tr    | Hat 1980'li yılların ortalarında kapandı.                 | 1980'li yılların ortalarında | 198              | DECADE  | MID   |
            fuzzy    | el    | Στα τέλη της δεκαετίας του 1990 οι τιμές ανέβηκαν.        | τέλη της δεκαετίας του 1990  | 199              | DECADE  | END   |
            fuzzy    | de    | Anfang der 1990er Jahre stiegen die Preise.               | Anfang der 1990er            | 199              | DECADE  | START |
            fuzzy    | en    | In the '90s prices fell.                                  | the '90s                     | 199              | DECADE  |       |
            fuzzy    | en    | Rents rose in the early ’80s.                             | the early ’80s               | 198              | DECADE  | START |
            fuzzy    | en    | Music in the 80s was loud.                                | the 80s                      | 198              | DECADE  |       |
            fuzzy    | en    | Rents rose in the late 70s.                               | the late 70s                 | 197              | DECADE  | END   |
            fuzzy    | en    | Inflation in the '70s reached 20%.                        | the '70s                     | 197              | DECADE  |       |
            fuzzy    | es    | En la década de 1990 los precios cayeron.                 | década de 1990               | 199              | DECADE  |       |
            fuzzy    | es    | A finales de la década de 1980 hubo crisis.               | finales de la década de 1980 | 198              | DECADE  | END   |
            fuzzy    | pt    | No final da década de 1990 a inflação caiu.               | final da década de 1990      | 199              | DECADE  | END   |
            fuzzy    | de    | In den 80er Jahren stiegen die Mieten.                    | 80er Jahren                  | 198              | DECADE  |       |
            fuzzy    | de    | Anfang der 80er-Jahre stiegen die Mieten.                 | Anfang der 80er-Jahre        | 198              | DECADE  | START |
            fuzzy    | de    | In den neunziger Jahren fielen die Preise.                | neunziger Jahren             | 199              | DECADE  |       |
            fuzzy    | ru    | В 90-е годы цены выросли.                                 | 90-е годы                    | 199              | DECADE  |       |
            fuzzy    | ru    | В начале 80-х годов цены выросли.                         | начале 80-х годов            | 198              | DECADE  | START |
            fuzzy    | ru    | В 1990-е годы цены выросли.                               | 1990-е                       | 199              | DECADE  |       |
            fuzzy    | uk    | У 90-ті роки ціни зросли.                                 | 90-ті роки                   | 199              | DECADE  |       |
            fuzzy    | vi    | Thập kỷ 1980 là thời kỳ khó khăn.                         | Thập kỷ 1980                 | 198              | DECADE  |       |
            fuzzy    | de    | Mitte der Siebzigerjahre änderte sich vieles.             | Mitte der Siebzigerjahre     | 197              | DECADE  | MID   |
            fuzzy    | el    | Στα μέσα της δεκαετίας του '70 η χώρα άλλαξε.             | μέσα της δεκαετίας του '70   | 197              | DECADE  | MID   |
            fuzzy    | pt    | A inflação subiu nos anos 90.                             | nos anos 90                  | 199              | DECADE  |       |
            fuzzy    | pl    | Od początku 2020 r. ceny rosną.                           | Od początku 2020             | 2020             | YEAR    | START |
            fuzzy    | tr    | Fiyatlar 2020 başından beri artıyor.                      | 2020 başından                | 2020             | YEAR    | START |
            fuzzy    | tr    | Ülke 1990'lı yıllarda değişti.                            | 1990'lı                      | 199              | DECADE  |       |
            fuzzy    | tr    | Ülke 1990'larda değişti.                                  | 1990'larda                   | 199              | DECADE  |       |
            fuzzy    | ro    | În anii '90 țara s-a schimbat.                            | anii '90                     | 199              | DECADE  |       |
            fuzzy    | ro    | La sfârșitul anilor 1980 economia s-a prăbușit.           | sfârșitul anilor 1980        | 198              | DECADE  | END   |
            fuzzy    | ca    | Als anys 1980 la ciutat va créixer.                       | Als anys 1980                | 198              | DECADE  |       |
            fuzzy    | cs    | V 90. letech se země změnila.                             | 90. letech                   | 199              | DECADE  |       |
            relative | vi    | Họ gặp nhau tháng 3 năm ngoái.                            | tháng 3 năm ngoái            | 2012-03          | MONTH   |       |
            relative | vi    | Tháng ba năm ngoái giá tăng.                              | Tháng ba năm ngoái           | 2012-03          | MONTH   |       |
            relative | vi    | Cuộc họp bắt đầu lúc 19:30.                               | 19:30                        | 2013-02-12T19:30 | MINUTE  |       |
            relative | el    | Η συνάντηση αρχίζει στις 19:30.                           | 19:30                        | 2013-02-12T19:30 | MINUTE  |       |
            relative | vi    | Chuyến bay cất cánh lúc 19 giờ 30 ngày mai.               | 19 giờ 30 ngày mai           | 2013-02-13T19:30 | MINUTE  |       |
            relative | vi    | Tàu chạy 7 giờ sáng ngày mai.                             | 7 giờ sáng ngày mai          | 2013-02-13T07    | HOUR    |       |
            relative | vi    | Chúng tôi ăn tối ngày mai lúc 7 giờ tối.                  | ngày mai lúc 7 giờ tối       | 2013-02-13T19    | HOUR    |       |
            relative | el    | Η πτήση φεύγει αύριο στις 7 το απόγευμα.                  | αύριο στις 7 το απόγευμα     | 2013-02-13T19    | HOUR    |       |
            relative | el    | Το τρένο φεύγει στις 19:30 αύριο.                         | 19:30 αύριο                  | 2013-02-13T19:30 | MINUTE  |       |
            relative | el    | Θα συναντηθούμε σε 2 εβδομάδες.                           | σε 2 εβδομάδες               | 2013-02-26       | DAY     |       |
            relative | de    | Die Sitzung beginnt morgen um 19:30 Uhr.                  | morgen um 19:30              | 2013-02-13T19:30 | MINUTE  |       |
            relative | de    | Wir sehen uns in 2 Wochen.                                | in 2 Wochen                  | 2013-02-26       | DAY     |       |
            relative | de    | Heute Morgen kam der Zug an.                              | Heute                        | 2013-02-12       | DAY     |       |
            relative | de    | Morgen kommt der Zug an.                                  | Morgen                       | 2013-02-13       | DAY     |       |
            relative | fr    | La réunion commence demain à 19h30.                       | demain à 19h30               | 2013-02-13T19:30 | MINUTE  |       |
            relative | fr    | Nous nous verrons dans 2 semaines.                        | dans 2 semaines              | 2013-02-26       | DAY     |       |
            relative | fr    | Le pont ouvrira vendredi prochain.                        | vendredi prochain            | 2013-02-15       | DAY     |       |
            relative | ru    | Встреча начнётся завтра в 19:30.                          | завтра в 19:30               | 2013-02-13T19:30 | MINUTE  |       |
            relative | ru    | Мы встретимся в следующую пятницу.                        | в следующую пятницу          | 2013-02-15       | DAY     |       |
            relative | en    | We meet next Friday at 7pm.                               | next Friday at 7pm           | 2013-02-22T19    | HOUR    |       |
            relative | en    | The vote closes this afternoon at 3:20.                   | this afternoon at 3:20       | 2013-02-12T15:20 | MINUTE  |       |
            relative | en    | The fire broke out last night at 11:30.                   | last night at 11:30          | 2013-02-11T23:30 | MINUTE  |       |
            relative | vi    | Trận đấu diễn ra tối nay lúc 8:30.                        | tối nay lúc 8:30             | 2013-02-12T20:30 | MINUTE  |       |
            relative | fr    | Le vote a lieu ce matin à 9h15.                           | ce matin à 9h15              | 2013-02-12T09:15 | MINUTE  |       |
            relative | en    | We meet tomorrow at 7 p.m.                                | tomorrow at 7 p.m.           | 2013-02-13T19    | HOUR    |       |
            relative | en    | They opened it last March.                                | last March                   | 2012-03          | MONTH   |       |
            relative | en    | They open it next March.                                  | next March                   | 2013-03          | MONTH   |       |
            relative | en    | They open it March after next.                            | March after next             | 2014-03          | MONTH   |       |
            relative | en    | We meet Friday after next.                                | Friday after next            | 2013-02-22       | DAY     |       |
            relative | en    | We meet Tuesday after the next.                           | Tuesday after the next       | 2013-02-26       | DAY     |       |
            relative | en    | We meet this coming Tuesday.                              | this coming Tuesday          | 2013-02-19       | DAY     |       |
            relative | el    | Τον περασμένο Μάρτιο έβρεξε πολύ.                         | περασμένο Μάρτιο             | 2012-03          | MONTH   |       |
            relative | el    | Ο επόμενος Ιούνιος θα είναι ζεστός.                       | επόμενος Ιούνιος             | 2013-06          | MONTH   |       |
            relative | el    | Ο μεθεπόμενος Μάιος φέρνει εκλογές.                       | μεθεπόμενος Μάιος            | 2014-05          | MONTH   |       |
            relative | ka    | შემდეგის შემდეგი მაისი ცხელი იქნება.                      | შემდეგის შემდეგი მაისი       | 2014-05          | MONTH   |       |
            relative | de    | Letzten März wurde gebaut.                                | Letzten März                 | 2012-03          | MONTH   |       |
            relative | de    | Im nächsten Januar wird gebaut.                           | nächsten Januar              | 2014-01          | MONTH   |       |
            relative | de    | Übernächsten März beginnt der Umbau.                      | Übernächsten März            | 2014-03          | MONTH   |       |
            relative | pl    | W przyszłym marcu ruszy budowa mostu.                     | przyszłym marcu              | 2013-03          | MONTH   |       |
            relative | pl    | Budowa ruszy w marcu po następnym.                        | marcu po następnym           | 2014-03          | MONTH   |       |
            relative | pt    | A lei foi votada em março passado.                        | março passado                | 2012-03          | MONTH   |       |
            relative | pt    | A lei foi votada em 5 de março passado.                   | 5 de março passado           | 2012-03-05       | DAY     |       |
            relative | pt    | A ponte abre em agosto que vem.                           | agosto que vem               | 2013-08          | MONTH   |       |
            relative | es    | El puente abre el próximo agosto.                         | próximo agosto               | 2013-08          | MONTH   |       |
            relative | es    | La ley se votó el pasado marzo.                           | pasado marzo                 | 2012-03          | MONTH   |       |
            relative | es    | Las obras acaban en junio próximo.                        | junio próximo                | 2013-06          | MONTH   |       |
            relative | it    | Il ponte apre il prossimo agosto.                         | prossimo agosto              | 2013-08          | MONTH   |       |
            relative | it    | La legge fu votata lo scorso marzo.                       | scorso marzo                 | 2012-03          | MONTH   |       |
            relative | it    | La legge fu votata a marzo scorso.                        | marzo scorso                 | 2012-03          | MONTH   |       |
            relative | fr    | Le ministre a démissionné le 3 février dernier.           | 3 février dernier            | 2013-02-03       | DAY     |       |
            relative | fr    | La grève du 20 février dernier a duré un jour.            | 20 février dernier           | 2012-02-20       | DAY     |       |
            relative | fr    | La loi entre en vigueur le 1er janvier prochain.          | 1er janvier prochain         | 2014-01-01       | DAY     |       |
            relative | it    | Lo scorso 3 febbraio il ministro si è dimesso.            | scorso 3 febbraio            | 2013-02-03       | DAY     |       |
            relative | it    | La legge entra in vigore il 10 febbraio prossimo.         | 10 febbraio prossimo         | 2014-02-10       | DAY     |       |
            relative | fr    | La loi entre en vigueur le 29 février prochain.           | 29 février prochain          | 2016-02-29       | DAY     |       |
            relative | es    | La ley entra en vigor el próximo 1 de febrero.            | próximo 1 de febrero         | 2014-02-01       | DAY     |       |
            relative | ca    | El pont obre el proper agost.                             | proper agost                 | 2013-08          | MONTH   |       |
            relative | ca    | La llei es va votar el març passat.                       | març passat                  | 2012-03          | MONTH   |       |
            relative | ca    | Les obres acaben el juny vinent.                          | juny vinent                  | 2013-06          | MONTH   |       |
            relative | nb    | Streiken startet forrige mars.                            | forrige mars                 | 2012-03          | MONTH   |       |
            relative | fr    | En mars dernier, il a plu.                                | mars dernier                 | 2012-03          | MONTH   |       |
            relative | en    | They open it this September.                              | this September               | 2013-09          | MONTH   |       |
            relative | fr    | Le pont ouvre cet août.                                   | cet août                     | 2013-08          | MONTH   |       |
            relative | fr    | Il est parti il ya 2 jours.                               | il ya 2 jours                | 2013-02-10       | DAY     |       |
            relative | fr    | Il est venu avant hier.                                   | avant hier                   | 2013-02-10       | DAY     |       |
            relative | en    | We meet tmrw.                                             | tmrw                         | 2013-02-13       | DAY     |       |
            relative | ru    | В прошлом марте цены выросли.                             | прошлом марте                | 2012-03          | MONTH   |       |
            relative | he    | הגשר ייפתח במרץ הבא.                                      | במרץ הבא                     | 2013-03          | MONTH   |       |
            relative | hi    | पिछले अगस्त में बाढ़ आई।                                  | पिछले अगस्त                  | 2012-08          | MONTH   |       |
            relative | tr    | Grev geçen Eylül başladı.                                 | geçen Eylül                  | 2012-09          | MONTH   |       |
            relative | tr    | Seçim önümüzdeki mart yapılacak.                          | önümüzdeki mart              | 2013-03          | MONTH   |       |
            relative | tr    | Bu Eylül yeni okul açılıyor.                              | Bu Eylül                     | 2013-09          | MONTH   |       |
            absolute | tr    | Seçim Mart'ta yapılacak.                                  | Mart                         | 2013-03          | MONTH   |       |
            absolute | tr    | Haziran ayında zam geldi.                                 | Haziran                      | 2012-06          | MONTH   |       |
            absolute | tr    | Toplantı martın yirmi dördü yapılacak.                    | martın yirmi dördü           | 2013-03-24       | DAY     |       |
            absolute | tr    | Okullar Eylül'ün onu açılıyor.                            | Eylül'ün onu                 | 2013-09-10       | DAY     |       |
            name     | en    | The Euro 2016 final was held in Paris.                    | 2016                         | 2016             | YEAR    |       |
            name     | vi    | Giải Euro 2016 diễn ra tại Pháp.                          | 2016                         | 2016             | YEAR    |       |
            name     | el    | Το Euro 2004 κέρδισε η Ελλάδα.                            | 2004                         | 2004             | YEAR    |       |
            name     | de    | Die Expo 2000 fand in Hannover statt.                     | 2000                         | 2000             | YEAR    |       |
            name     | fr    | La Coupe du monde 1998 a eu lieu en France.               | 1998                         | 1998             | YEAR    |       |
            name     | ru    | Олимпиада-80 и Евро-2012 прошли в Восточной Европе.       | 2012                         | 2012             | YEAR    |       |
            """)
    void shouldNormaliseTheDateOfEachFamilyInEachLanguage(String family, String language, String text,
                                                          String mention, String value, Granularity granularity,
                                                          Modifier modifier, String rangeEnd) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).singleElement().satisfies(date -> {
            assertThat(date.text()).isEqualTo(mention);
            assertThat(text.substring(date.start(), date.end())).isEqualTo(mention);
            assertThat(date.value()).isEqualTo(value);
            assertThat(date.granularity()).isEqualTo(granularity);
            assertThat(date.modifier()).isEqualTo(modifier);
            assertThat(date.rangeEnd()).isEqualTo(rangeEnd);
            assertThat(date.inReferences()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Theo báo cáo [3], nhà máy đóng cửa.
            el | Σύμφωνα με την έκθεση [3], το εργοστάσιο έκλεισε.
            de | Laut Bericht [3] schloss das Werk.
            fr | Selon le rapport [3], l'usine a fermé.
            ru | Согласно докладу [3], завод закрылся.
            vi | Gọi số 0912 345 678 để biết thêm.
            el | Καλέστε στο 210 3456789 για πληροφορίες.
            de | Rufen Sie 030 1234567 an.
            fr | Appelez le 01 42 68 53 00 pour plus d'informations.
            ru | Звоните по номеру 8 495 123-45-67.
            de | ISBN 978-3-16-148410-0 steht im Impressum.
            ru | ISBN 978-5-17-118366-9 указан на обороте.
            vi | Mất sáu tháng từ khi bắt đầu.
            en | Tel: +86 2010-2015-86
            en | The serial 2015-1-32 is printed on the case.
            en | Follow https://example.org/?id=~3am3ioYcY0 for details.
            de | Guten Morgen, sagte sie.
            de | Am Morgen regnete es.
            """)
    void shouldFindNoDateWhenTheNumberIsAFootnotePhoneOrIsbn(String language, String text) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | See page 2014 of the report.
            vi | Xem trang 2014 của cuốn sách.
            el | Δείτε σελ. 2014 του βιβλίου.
            de | Siehe S. 2014 im Band.
            fr | Voir p. 2014 du volume.
            ru | См. с. 2014 в томе.
            en | There were 2014 soldiers at the front.
            vi | Có 2014 binh sĩ tham chiến.
            el | Πολέμησαν 2014 στρατιώτες.
            de | Es kämpften 2014 Soldaten.
            fr | Il y avait 2014 soldats sur place.
            ru | В боях участвовали 2014 солдат.
            en | They delivered 2000 pieces of equipment.
            en | The survey (pp. 1998–2004) lists them.
            en | Jones, A. Journal of Soils 41 (3): 1187–1195.
            en | Flight BA 2490 landed at noon.
            it | Dopo anni 20 persone sono tornate a casa.
            pt | Nos últimos anos 30 pessoas morreram.
            es | Durante años 40 familias vivieron allí.
            pl | Przez lata 20 osób pracowało.
            nl | Sinds jaren 20 procent minder.
            pl | Dzieci do lat 10 wchodzą za darmo.
            nl | Hij heeft jaren 20 uur per week gewerkt.
            de | Siehe S. 1990-1994 im Band.
            ru | На 90-х минутах забили два гола.
            en | In the 90s the heat was brutal.
            de | Er fuhr einen 80er Golf.
            es | Tenía un pasado oscuro el martes 40.
            it | Negli ultimi anni 30 persone sono morte.
            it | I primi 2000 iscritti riceveranno un premio.
            en | The first 2000 subscribers get a prize.
            """)
    void shouldFindNoDateWhenTheNumberIsAPageOrACount(String language, String text) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).isEmpty();
    }

    @Test
    void shouldReadAYearRangeAfterANumberedHeadingsColon() {
        assertThat(EXTRACTOR.extract("Part 2: 1939–1945", "en", REFERENCE))
                .extracting(DateMention::value, DateMention::rangeEnd).containsExactly(tuple("1939", "1945"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Nhà máy mở cửa năm 2002.      | Tham khảo           | ^ Nguyễn Văn A (2019). Truy cập ngày 5 tháng 5 năm 2020.    | năm 2002 | ngày 5 tháng 5 năm 2020
            el | Το εργοστάσιο άνοιξε το 2002. | Παραπομπές          | ↑ Παπαδόπουλος, Γ. (2019). Ανακτήθηκε στις 5 Μαΐου 2020.    | 2002     | 5 Μαΐου 2020
            de | Das Werk öffnete 2002.        | Einzelnachweise     | ↑ Müller, K. (2019). Abgerufen am 5. Mai 2020.              | 2002     | 5. Mai 2020
            fr | L'usine a ouvert en 2002.     | Notes et références | ↑ Dupont, J. (2019). Consulté le 5 mai 2020.                | 2002     | 5 mai 2020
            ru | Завод открылся в 2002 году.   | Примечания          | ↑ Иванов, И. (2019). Дата обращения: 5 мая 2020.            | 2002     | 5 мая 2020
            en | The plant opened in 2002.     | Bibliography        | Smith, J. (2019). Archived from the original on 5 May 2020. | 2002     | 5 May 2020
            """)
    void shouldFlagEveryDateUnderTheReferenceHeadingAtItsExactOffsets(String language, String body,
                                                                      String heading, String reference,
                                                                      String bodyDate, String accessDate) {
        String text = body + "\n" + heading + "\n" + reference;

        List<DateMention> dates = ANALYZER.analyze(text, language, REFERENCE).dates();

        assertThat(dates).extracting(DateMention::text, DateMention::value, DateMention::inReferences)
                .containsExactly(tuple(bodyDate, "2002", false), tuple("2019", "2019", true),
                        tuple(accessDate, "2020-05-05", true));
        assertThat(dates).extracting(DateMention::start).containsExactly(body.indexOf(bodyDate),
                text.indexOf("2019"), text.indexOf(accessDate));
        assertThat(dates).allSatisfy(date ->
                assertThat(text.substring(date.start(), date.end())).isEqualTo(date.text()));
    }
}
