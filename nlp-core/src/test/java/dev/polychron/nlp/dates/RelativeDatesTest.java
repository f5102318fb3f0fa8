package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class RelativeDatesTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | It rained yesterday.                    | yesterday                | 2013-02-11    | DAY
            en | We meet tomorrow.                       | tomorrow                 | 2013-02-13    | DAY
            en | They met last Monday.                   | last Monday              | 2013-02-11    | DAY
            en | It opens next week.                     | next week                | 2013-W08      | WEEK
            en | It closed 3 days ago.                   | 3 days ago               | 2013-02-09    | DAY
            en | It reopens in 2 weeks.                  | in 2 weeks               | 2013-02-26    | DAY
            en | Back in 2 hours.                        | in 2 hours               | 2013-02-12T06 | HOUR
            vi | Hôm qua trời mưa.                       | Hôm qua                  | 2013-02-11    | DAY
            vi | Họ đến 3 ngày trước.                    | 3 ngày trước             | 2013-02-09    | DAY
            vi | Chúng tôi gặp nhau tuần sau.            | tuần sau                 | 2013-W08      | WEEK
            el | Χθες έβρεξε.                            | Χθες                     | 2013-02-11    | DAY
            el | Έφυγαν πριν από 3 ημέρες.               | πριν από 3 ημέρες        | 2013-02-09    | DAY
            de | Gestern hat es geregnet.                | Gestern                  | 2013-02-11    | DAY
            de | Wir treffen uns nächsten Monat.         | nächsten Monat           | 2013-03       | MONTH
            fr | Il est parti il y a 3 jours.            | il y a 3 jours           | 2013-02-09    | DAY
            fr | Il pleut aujourd'hui à Paris.           | aujourd'hui              | 2013-02-12    | DAY
            fr | Les ventes ont baissé l'année dernière. | l'année dernière         | 2012          | YEAR
            es | El juicio sigue la semana próxima.      | semana próxima           | 2013-W08      | WEEK
            es | Hubo huelga semana pasada en Bilbao.    | semana pasada            | 2013-W06      | WEEK
            es | Las lluvias de la semana actual.        | semana actual            | 2013-W07      | WEEK
            fa | انتخابات هفته آینده برگزار می‌شود.      | هفته آینده               | 2013-W08      | WEEK
            fa | هفته گذشته ۲۰ نفر بازداشت شدند.         | هفته گذشته               | 2013-W06      | WEEK
            sl | Volitve bodo prihodnji teden.           | prihodnji teden          | 2013-W08      | WEEK
            sl | Cene so lansko leto padle.              | lansko leto              | 2012          | YEAR
            es | Se vota la semana después de la próxima. | semana después de la próxima | 2013-W09 | WEEK
            es | Los precios del mes actual subieron.    | mes actual               | 2013-02       | MONTH
            es | El plan empieza el mes próximo.         | mes próximo              | 2013-03       | MONTH
            es | Abre tres días a partir de hoy.         | tres días a partir de hoy | 2013-02-15   | DAY
            es | Cierra 2 semanas a partir de ahora.     | 2 semanas a partir de ahora | 2013-02-26 | DAY
            it | I dati della settimana corrente.        | settimana corrente       | 2013-W07      | WEEK
            it | Si vota la settimana dopo la prossima.  | settimana dopo la prossima | 2013-W09    | WEEK
            it | Il bando scade il mese dopo il prossimo. | mese dopo il prossimo   | 2013-04       | MONTH
            it | Le tasse del mese corrente calano.      | mese corrente            | 2013-02       | MONTH
            it | Il bilancio dell'anno corrente è buono. | anno corrente            | 2013          | YEAR
            it | Le Olimpiadi dell'anno dopo il prossimo. | anno dopo il prossimo   | 2015          | YEAR
            it | La legge entra in vigore tre giorni da oggi. | tre giorni da oggi  | 2013-02-15    | DAY
            it | Il ponte riapre due settimane da adesso. | due settimane da adesso | 2013-02-26    | DAY
            pt | Os juros da semana atual caíram.        | semana atual             | 2013-W07      | WEEK
            ru | Это было вчера.                         | вчера                    | 2013-02-11    | DAY
            ru | Он приедет через 2 недели.              | через 2 недели           | 2013-02-26    | DAY
            zh | 他們下個月開會。                           | 下個月                     | 2013-03       | MONTH
            zh | 上週股市下跌。                             | 上週                      | 2013-W06      | WEEK
            ja | きょうは雨です。                           | きょう                     | 2013-02-12    | DAY
            ja | 本四半期の売上が伸びた。                     | 本四半期                    | 2013-Q1       | QUARTER
            hu | A tegnapi döntés vitát váltott ki.         | tegnapi                  | 2013-02-11    | DAY
            hu | Múlt évben nőtt a forgalom.                | Múlt évben               | 2012          | YEAR
            hu | Tavaly bezárt a gyár.                      | Tavaly                   | 2012          | YEAR
            hu | Idén nem emelik az adót.                   | Idén                     | 2013          | YEAR
            hu | A gyár jövőre újranyit.                    | jövőre                   | 2014          | YEAR
            hu | Az idei termés gyenge.                     | idei                     | 2013          | YEAR
            hu | Jövő héten szavaz a parlament.             | Jövő héten               | 2013-W08      | WEEK
            hu | A bolt a múlt héten zárt be.               | múlt héten               | 2013-W06      | WEEK
            hu | Ezen a héten sztrájkolnak a tanárok.       | Ezen a héten             | 2013-W07      | WEEK
            hu | Ebben a hónapban drágult a kenyér.         | Ebben a hónapban         | 2013-02       | MONTH
            ro | Prețurile cresc luna asta.                 | luna asta                | 2013-02       | MONTH
            ro | Guvernul decide această săptămână.         | această săptămână        | 2013-W07      | WEEK
            ro | Recolta a fost slabă acest an.             | acest an                 | 2013          | YEAR
            ro | Bugetul anului trecut a fost mic.          | anului trecut            | 2012          | YEAR
            ro | Facturile lunii viitoare vor crește.       | lunii viitoare           | 2013-03       | MONTH
            hu | Két héttel ezelőtt zárt be a bolt.         | Két héttel ezelőtt       | 2013-01-29    | DAY
            ka | ხიდი მომავალ თვეში გაიხსნება.             | მომავალ თვეში            | 2013-03       | MONTH
            ka | ფასები გასულ თვეში გაიზარდა.              | გასულ თვეში              | 2013-01       | MONTH
            ka | გასული წლის ბიუჯეტი მცირე იყო.            | გასული წლის              | 2012          | YEAR
            en | It closed three weeks ago.              | three weeks ago          | 2013-01-22    | DAY
            en | The firm was sold two years ago.        | two years ago            | 2011-02-12    | DAY
            vi | Nhà máy đóng cửa 3 tháng trước.         | 3 tháng trước            | 2012-11-12    | DAY
            el | Το εργοστάσιο έκλεισε πριν από 3 μήνες. | πριν από 3 μήνες         | 2012-11-12    | DAY
            de | Die Firma wurde vor zwei Jahren verkauft. | vor zwei Jahren        | 2011-02-12    | DAY
            fr | L'usine a fermé il y a trois mois.      | il y a trois mois        | 2012-11-12    | DAY
            en | It ended twenty-one days ago.           | twenty-one days ago      | 2013-01-22    | DAY
            vi | Họ đến ba ngày trước.                   | ba ngày trước            | 2013-02-09    | DAY
            el | Έφυγαν πριν από τρεις ημέρες.           | πριν από τρεις ημέρες    | 2013-02-09    | DAY
            de | Sie kamen vor drei Tagen.               | vor drei Tagen           | 2013-02-09    | DAY
            fr | Il est parti il y a trois jours.        | il y a trois jours       | 2013-02-09    | DAY
            ru | Это было три дня назад.                 | три дня назад            | 2013-02-09    | DAY
            en | They vote the day after tomorrow.       | the day after tomorrow   | 2013-02-14    | DAY
            en | They meet the week after next.          | the week after next      | 2013-W09      | WEEK
            en | It opens the year after next.           | the year after next      | 2015          | YEAR
            en | They vote next Wednesday.               | next Wednesday           | 2013-02-20    | DAY
            en | The plant opens three weeks from now.   | three weeks from now     | 2013-03-05    | DAY
            en | The lease ends two years hence.         | two years hence          | 2015-02-12    | DAY
            en | It ships in the upcoming two months.    | upcoming two months      | 2013-04-12    | DAY
            en | They meet 2 upcoming days from here.    | 2 upcoming days          | 2013-02-14    | DAY
            en | Sales recover in the upcoming two quarters. | upcoming two quarters | 2013-Q3    | QUARTER
            en | Margins fell 2 quarters back.           | 2 quarters back          | 2012-Q3       | QUARTER
            en | The plant closed a week ago.            | a week ago               | 2013-02-05    | DAY
            el | Η ανεργία πέφτει εδώ και τρεις μήνες.    | εδώ και τρεις μήνες      | 2012-11-12    | DAY
            el | Η γέφυρα είναι κλειστή εδώ και 2 εβδομάδες. | εδώ και 2 εβδομάδες | 2013-01-29    | DAY
            en | The mill shut down a decade ago.         | a decade ago             | 2003-02-12    | DAY
            en | The pact lapsed two decades ago.         | two decades ago          | 1993-02-12    | DAY
            en | The loan is repaid three decades from now. | three decades from now | 2043-02-12    | DAY
            en | The plant opens in a month.             | in a month               | 2013-03-12    | DAY
            el | Το εργοστάσιο έκλεισε πριν από μια εβδομάδα. | πριν από μια εβδομάδα | 2013-02-05  | DAY
            el | Θα ανοίξει 3 μήνες από σήμερα.          | 3 μήνες από σήμερα       | 2013-05-12    | DAY
            el | Έκλεισε πριν από τρεις βδομάδες.        | πριν από τρεις βδομάδες  | 2013-01-22    | DAY
            el | Θα ανοίξει σε μια βδομάδα.              | σε μια βδομάδα           | 2013-02-19    | DAY
            el | Έκλεισε πριν από δύο χρόνια.            | πριν από δύο χρόνια      | 2011-02-12    | DAY
            de | Das Werk öffnet 3 Wochen ab heute.      | 3 Wochen ab heute        | 2013-03-05    | DAY
            de | Das Werk öffnet übernächste Woche.      | übernächste Woche        | 2013-W09      | WEEK
            ru | Завод откроется в следующий месяц.      | следующий месяц          | 2013-03       | MONTH
            es | La fábrica abre en dos meses.           | en dos meses             | 2013-04-12    | DAY
            pl | Fabryka ruszy w kolejnym roku.          | kolejnym roku            | 2014          | YEAR
            pl | Fabrykę zamknięto ubiegłego roku.       | ubiegłego roku           | 2012          | YEAR
            de | Im vergangenen Jahr stieg der Umsatz.   | Im vergangenen Jahr      | 2012          | YEAR
            de | Im Vorjahr sank die Zahl der Gäste.     | Im Vorjahr               | 2012          | YEAR
            it | Lo scorso anno il porto chiuse.         | scorso anno              | 2012          | YEAR
            pl | W lutym ub.r. otwarto most.             | lutym ub.r.              | 2012-02       | MONTH
            pl | Fabryka ruszy przyszłego miesiąca.      | przyszłego miesiąca      | 2013-03       | MONTH
            pl | Na dzisiejszym posiedzeniu nic nie uchwalono. | dzisiejszym        | 2013-02-12    | DAY
            pl | Umowę podpisano dzień przed wczoraj.    | dzień przed wczoraj      | 2013-02-10    | DAY
            pl | Kontrakt wygaśnie 3 lata od dziś.       | 3 lata od dziś           | 2016-02-12    | DAY
            pl | Fabrykę zamknięto tydzień temu.         | tydzień temu             | 2013-02-05    | DAY
            pt | A loja fechou uma semana atrás.         | uma semana atrás         | 2013-02-05    | DAY
            pt | A obra acaba dentro de 3 meses.         | dentro de 3 meses        | 2013-05-12    | DAY
            it | Il ponte è crollato ieri sera.          | ieri sera                | 2013-02-11    | DAY
            it | Si parte domattina da Genova.           | domattina                | 2013-02-13    | DAY
            tr | Köprü 3 ay içinde açılacak.             | 3 ay içinde              | 2013-05-12    | DAY
            tr | Fabrika 2 sene içinde kapanacak.         | 2 sene içinde            | 2015-02-12    | DAY
            tr | Sonuçlar haftaya açıklanacak.           | haftaya                  | 2013-W08      | WEEK
            el | Ψηφίζουν την επόμενη Πέμπτη.            | επόμενη Πέμπτη           | 2013-02-21    | DAY
            de | Sie wählen nächsten Mittwoch.            | nächsten Mittwoch        | 2013-02-13    | DAY
            it | Si vota mercoledì prossimo.              | mercoledì prossimo       | 2013-02-20    | DAY
            en | Sales fell in the current quarter.      | current quarter          | 2013-Q1       | QUARTER
            en | Profits rose last yr, they said.        | last yr                  | 2012          | YEAR
            el | Εχθές έβρεξε πολύ.                      | Εχθές                    | 2013-02-11    | DAY
            el | Θα ψηφίσουν του χρόνου.                 | του χρόνου               | 2014          | YEAR
            el | Θα ψηφίσουν τον επόμενο μήνα.           | επόμενο μήνα             | 2013-03       | MONTH
            ga | Osclófar an t-ionad i gceann 3 scht agus. | i gceann 3 scht        | 2013-03-05    | DAY
            ru | Завод откроется через 3 нед, сказал он.  | через 3 нед              | 2013-03-05    | DAY
            bg | Заводът затвори преди седмица.          | преди седмица            | 2013-02-05    | DAY
            ru | Завод закрылся неделю назад.            | неделю назад             | 2013-02-05    | DAY
            ru | Мост открыли два года тому назад.       | два года тому назад      | 2011-02-12    | DAY
            ru | Завод закрылся неделю тому назад.       | неделю тому назад        | 2013-02-05    | DAY
            ru | Завод откроется через неделю.           | через неделю             | 2013-02-19    | DAY
            cs | Továrna se zavřela před rokem.          | před rokem               | 2012-02-12    | DAY
            he | הם ייפגשו בחודש הבא.                    | בחודש הבא                | 2013-03       | MONTH
            he | עד שבוע הבא לא יוחלט דבר.               | שבוע הבא                 | 2013-W08      | WEEK
            he | המחירים עלו בשבוע האחרון.               | בשבוע האחרון             | 2013-W06      | WEEK
            he | נפגשנו בשבוע הזה בתל אביב.              | בשבוע הזה                | 2013-W07      | WEEK
            el | Οι τιμές ανέβηκαν πέρυσι.               | πέρυσι                   | 2012          | YEAR
            el | Το προηγούμενο έτος οι πωλήσεις έπεσαν. | προηγούμενο έτος         | 2012          | YEAR
            el | Η γέφυρα θα ανοίξει το επόμενο έτος.    | επόμενο έτος             | 2014          | YEAR
            vi | Cách đây 5 năm, khu này còn hoang vắng. | Cách đây 5 năm           | 2008-02-12    | DAY
            vi | Năm kia, làng mở thêm trường học.       | Năm kia                  | 2011          | YEAR
            vi | Họ sẽ bầu cử vào năm tới.               | năm tới                  | 2014          | YEAR
            uk | Вчора йшов дощ.                        | Вчора                    | 2013-02-11    | DAY
            nl | De fabriek opent in 3 weken.           | in 3 weken               | 2013-03-05    | DAY
            nl | We stemmen volgende week vrijdag.      | volgende week vrijdag    | 2013-02-22    | DAY
            sv | Mötet är måndag denna vecka.           | måndag denna vecka       | 2013-02-11    | DAY
            sv | Mötet var fredag förra veckan.         | fredag förra veckan      | 2013-02-08    | DAY
            de | Die Preise der letzten Woche fielen.   | letzten Woche            | 2013-W06      | WEEK
            de | Bis Ende dieses Jahres wird gebaut.    | Ende dieses Jahres       | 2013          | YEAR
            hr | Tvornica se otvara 3 godine od današnjeg dana. | 3 godine od današnjeg dana | 2016-02-12 | DAY
            da | Fabrikken åbner 3 år fra i dag.        | 3 år fra i dag           | 2016-02-12    | DAY
            ca | Va ploure abans d'ahir.                | abans d'ahir             | 2013-02-10    | DAY
            pt | Choveu antes de ontem.                 | antes de ontem           | 2013-02-10    | DAY
            it | Votano il giorno dopo domani.          | il giorno dopo domani    | 2013-02-14    | DAY
            pl | Zysk wzrośnie w następny kwartał.      | następny kwartał         | 2013-Q2       | QUARTER
            vi | Doanh số tăng trong quý tới.            | quý tới                  | 2013-Q2       | QUARTER
            ja | 去年、工場が閉鎖された。                   | 去年                     | 2012          | YEAR
            hi | पिछले साल सरकार बदली।                  | पिछले साल                | 2012          | YEAR
            hi | चालू सप्ताह में बैठक है।                 | चालू सप्ताह              | 2013-W07      | WEEK
            hi | अगले महीने चुनाव होंगे।                 | अगले महीने               | 2013-03       | MONTH
            hi | चुनाव इस हफ्ते हैं।                      | इस हफ्ते                 | 2013-W07      | WEEK
            hi | बैठक अगले हफ़्ते है।                    | अगले हफ़्ते              | 2013-W08      | WEEK
            hi | चुनाव 3 महीने पहले हुए।                 | 3 महीने पहले             | 2012-11-12    | DAY
            tr | Gelecek ayın raporu hazır.              | Gelecek ayın             | 2013-03       | MONTH
            tr | Dünkü toplantı uzun sürdü.              | Dünkü                    | 2013-02-11    | DAY
            tr | Geçen haftaki seçim iptal edildi.       | Geçen haftaki            | 2013-W06      | WEEK
            tr | Fiyatlar geçen yıldan beri artıyor.     | geçen yıldan             | 2012          | YEAR
            en | Prices rose in the previous week.       | previous week            | 2013-W06      | WEEK
            en | The vote is the following week.         | following week           | 2013-W08      | WEEK
            en | Sales fell in the past quarter.         | past quarter             | 2012-Q4       | QUARTER
            fr | Le vote aura lieu la semaine suivante.  | semaine suivante         | 2013-W08      | WEEK
            fr | Les prix ont baissé le mois précédent.  | mois précédent           | 2013-01       | MONTH
            fr | Il reviendra dans deux années.          | dans deux années         | 2015-02-12    | DAY
            fr | Il est parti il y a une année.          | il y a une année         | 2012-02-12    | DAY
            ja | 前週に株価が下がった。                 | 前週                     | 2013-W06      | WEEK
            ja | 前の月に価格が上がった。               | 前の月                   | 2013-01       | MONTH
            ja | 翌年に工場が開く。                     | 翌年                     | 2014          | YEAR
            ja | 前日に会議があった。                   | 前日                     | 2013-02-11    | DAY
            ja | 先の四半期に売上が減った。             | 先の四半期               | 2012-Q4       | QUARTER
            ko | 그는 이틀 전에 서울을 떠났다.          | 이틀 전                  | 2013-02-10    | DAY
            ko | 결과는 사흘 뒤에 나온다.               | 사흘 뒤                  | 2013-02-15    | DAY
            ko | 열흘전 사고가 났다.                    | 열흘전                   | 2013-02-02    | DAY
            ko | 다음 해 선거가 열린다.                 | 다음 해                  | 2014          | YEAR
            ko | 그는 하루 전 귀국했다.                 | 하루 전                  | 2013-02-11    | DAY
            ko | 그는 한 달 전 귀국했다.                | 한 달 전                 | 2013-01-12    | DAY
            ko | 공장은 4달 전 문을 닫았다.             | 4달 전                   | 2012-10-12    | DAY
            ko | 결과는 1주일 뒤 나온다.                | 1주일 뒤                 | 2013-02-19    | DAY
            ko | 다리는 2년 뒤 완공된다.                | 2년 뒤                   | 2015-02-12    | DAY
            ja | おととい地震があった。                 | おととい                 | 2013-02-10    | DAY
            zh | 这个月房价上涨。                       | 这个月                   | 2013-02       | MONTH
            zh | 上一周股市下跌。                       | 上一周                   | 2013-W06      | WEEK
            zh | 下一个月开始施工。                     | 下一个月                 | 2013-03       | MONTH
            ja | 結果はあさって出る。                   | あさって                 | 2013-02-14    | DAY
            ko | 다다음해 완공된다.                     | 다다음해                 | 2015          | YEAR
            en | The bridge collapsed last night.      | last night               | 2013-02-11    | DAY
            en | Rain is forecast for this afternoon.  | this afternoon           | 2013-02-12    | DAY
            fr | Le pont a cédé ce matin.              | ce matin                 | 2013-02-12    | DAY
            es | El puente se derrumbó anoche.         | anoche                   | 2013-02-11    | DAY
            it | Il ponte crolla stasera.              | stasera                  | 2013-02-12    | DAY
            el | Η γέφυρα κλείνει απόψε.               | απόψε                    | 2013-02-12    | DAY
            vi | Chiều qua cây cầu bị sập.             | Chiều qua                | 2013-02-11    | DAY
            vi | Sáng mai cây cầu mở cửa.              | Sáng mai                 | 2013-02-13    | DAY
            vi | Giá điện tăng trong tuần qua.         | tuần qua                 | 2013-W06      | WEEK
            cs | Letos se sklizeň vydařila.             | Letos                    | 2013          | YEAR
            cs | Továrnu loni zavřeli.                  | loni                     | 2012          | YEAR
            cs | Most postavili předloni.               | předloni                 | 2011          | YEAR
            cs | Dálnice se otevře v příštím roce.      | příštím roce             | 2014          | YEAR
            cs | Ceny v minulém týdnu klesly.           | minulém týdnu            | 2013-W06      | WEEK
            cs | Smlouva platí do příštího měsíce.      | příštího měsíce          | 2013-03       | MONTH
            hu | A hidat tavalyelőtt adták át.          | tavalyelőtt              | 2011          | YEAR
            bn | আগামী মাসে সেতুটি খুলবে।                | আগামী মাস                | 2013-03       | MONTH
            bn | আগামী বছর ভোট হবে।                     | আগামী বছর                | 2014          | YEAR
            be | Завод закрылі ў мінулым годзе.         | ў мінулым годзе          | 2012          | YEAR
            ro | Podul s-a prăbușit acum o săptămână.   | acum o săptămână         | 2013-02-05    | DAY
            ro | Școala se redeschide peste o lună.     | peste o lună             | 2013-03-12    | DAY
            zh | 这周一次雨也没下。                       | 这周                     | 2013-W07      | WEEK
            zh | 上周一次会议也没开。                     | 上周                     | 2013-W06      | WEEK
            de | Vergangene Woche schloss das Werk.     | Vergangene Woche         | 2013-W06      | WEEK
            de | Die Mieten stiegen voriges Jahr kräftig. | voriges Jahr           | 2012          | YEAR
            de | Im vorigen Monat fiel kaum Schnee.     | vorigen Monat            | 2013-01       | MONTH
            de | Die Halle wird kommenden Monat eröffnet. | kommenden Monat        | 2013-03       | MONTH
            de | Im kommenden Jahr wird die Brücke saniert. | Im kommenden Jahr    | 2014          | YEAR
            pt | Neste ano a colheita foi boa.          | Neste ano                | 2013          | YEAR
            pt | A ponte fecha nesta semana.            | nesta semana             | 2013-W07      | WEEK
            he | בסוף השנה שעברה ירדה האינפלציה.        | בסוף השנה שעברה          | 2012          | YEAR
            he | החודש הבא ייפתח הגשר.                 | החודש הבא                | 2013-03       | MONTH
            he | השנה, שעברה עליו קשה, הסתיימה.         | השנה                     | 2013          | YEAR
            ar | ارتفعت الأسعار خلال العام الجاري.      | العام الجاري             | 2013          | YEAR
            ar | تجرى الانتخابات في الشهر الجاري.       | الشهر الجاري             | 2013-02       | MONTH
            he | השנה שעברה הייתה קשה לענף.            | השנה שעברה               | 2012          | YEAR
            he | אתמול מאז הבוקר ירד גשם.               | אתמול                    | 2013-02-11    | DAY
            mr | मागील वर्षी निवडणुका झाल्या.             | मागील वर्षी              | 2012          | YEAR
            """)
    void shouldResolveAgainstReferenceWhenExpressionIsRelative(String language, String text, String expectedText,
                                                               String expectedValue, Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | 2018年後に制度が変わった。 | 2018年 | 2018
            zh | 2010年之后经济增长。       | 2010年 | 2010
            """)
    void shouldReadTheYearWhenFourDigitsStandBeforeAWordForBeforeOrAfter(String language, String text, String year,
                                                                        String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), year, value, Granularity.YEAR);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cs | Firma vydělá pět milionů za rok.
            el | Ζει στο χωριό εδώ και χρόνια.
            uk | Ціни зросли за тиждень на третину.
            ko | 공사는 이틀 만에 끝났다.
            ko | 그는 한 번 전화했다.
            ro | Au stat o săptămână la mare.
            cs | Loňský vítěz chybí v loňském složení.
            """)
    void shouldFindNoDateWhenAUnitWithoutCountLooksAhead(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Много лет тому назад здесь был лес.
            ru | Это случилось несколько дней тому назад.
            pl | Wiele lat temu stał tu młyn.
            """)
    void shouldFindNoDateWhenAUnitWithoutCountCountsMany(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jobless claims fell to their lowest level in a decade.
            Over the past two decades the town has doubled in size.
            """)
    void shouldFindNoDateWhenDecadesAreCountedBackOverAStretch(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Οι μισθοί αυξήθηκαν κατά τη διάρκεια του χρόνου.
            Με την πάροδο του χρόνου η γέφυρα φθάρηκε.
            """)
    void shouldFindNoNextYearWhenGreekTouChronouIsTheYearOfANoun(String text) {
        assertThat(extractor.extract(text, "el", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tr | Dünya ekonomisi büyüyor.
            tr | Bu aydın bir fikir.
            hi | आज़ादी के बाद देश बदला।
            hi | आजादी के बाद देश बदला।
            """)
    void shouldFindNoDateWhenARelativeWordIsTheStartOfAnotherWord(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The following year-long inquiry cleared the mayor.
            en | Shoppers queued for the next day-old bread.
            en | This month-long festival draws crowds year-round.
            en | Her last week-long fast ended quietly.
            """)
    void shouldFindNoDateWhenTheUnitIsPartOfAHyphenatedWord(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Thiên hà ấy cách đây 12 năm ánh sáng.
            es | La nebulosa brilla hace 300 años luz de nosotros.
            """)
    void shouldFindNoDateWhenTheCountedYearsAreLightYears(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm tôi lên bảy, cha mua cho tôi cây đàn đầu tiên.
            Tháng tôi nhập học, trường mới xây xong thư viện.
            """)
    void shouldFindNoDateWhereVietnameseWordsOnlyFoldLikeARelativePhrase(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }

    @Test
    void shouldNotReadVietnameseUntilNowAsTonightOrNextYear() {
        assertThat(extractor.extract("Từ đầu năm tới nay, bến cảng đón hơn 300 chuyến tàu.", "vi", REFERENCE))
                .extracting(DateMention::value).doesNotContain("2014", "2013-02-12");
        assertOnlyMention(extractor.extract("Từ năm 2009 tới nay, cảng đã mở rộng ba lần.", "vi", REFERENCE),
                "Từ năm 2009 tới nay", 0, "2009-01-01", "2013-02-12", Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tuần tới tôi sẽ bay sang Nhật.       | Tuần tới  | 2013-W08 | WEEK
            Tối nay tôi dự buổi hòa nhạc.        | Tối nay   | 2013-02-12 | DAY
            """)
    void shouldKeepAVietnameseRelativePhraseBeforeThePronoun(String text, String expectedText, String value,
                                                             Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "vi", REFERENCE), expectedText, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Millions tuned in to Last Night of the Proms.
            en | Viewers of This Morning with Phillip complained.
            en | Critics of Next Week Live were loud.
            en | The mayor gave an interview to Europe Today.
            en | Her essay appeared in Chemistry Today, a trade journal.
            en | She was a guest on ABC's Yesterday show.
            pt | Neste momento a ponte continua fechada.
            fr | En ce moment, la grève continue.
            """)
    void shouldFindNoDateInATitleOrInAMomentThatIsNow(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Senate Passes Budget Last Night In Late Vote | Last Night   | 2013-02-11
            This Morning the harbour froze over.         | This Morning | 2013-02-12
            The ferry was late. Today the harbour is shut. | Today      | 2013-02-12
            In Oslo Harbour today the ferries wait.      | today        | 2013-02-12
            Ferries Stay In Oslo Harbour Today           | Today        | 2013-02-12
            """)
    void shouldKeepACapitalisedRelativeDayInAHeadlineOrOpeningASentence(String text, String expectedText,
                                                                        String value) {
        assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), expectedText, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Profits fell at last year-end.         | last year | 2012     | YEAR
            The shops close this week-end.         | this week-end | 2013-W07-WE | WEEK
            """)
    void shouldKeepAPeriodWhoseEndIsHyphenated(String text, String expectedText, String value,
                                               Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), expectedText, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Au lendemain de la guerre, la ville fut rebâtie.
            fr | Ce jour-là, la foule envahit la place.
            en | It was the last night of the festival.
            vi | Giá điện tăng nhiều trong những tuần qua.
            fr | Le lendemain, les marchés ont rebondi.
            es | En este momento crucial de su carrera, dudó.
            """)
    void shouldFindNoDateWhenAWordForTheNextDayIsAnAftermath(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ผลสำรวจ 3 วันก่อนการเลือกตั้งชี้ว่าพรรคนำอยู่
            สามวันก่อนวันเกิดของเขา เขาลาออก
            """)
    void shouldFindNoDateWhenAThaiCountBeforeANounSaysBeforeIt(String text) {
        assertThat(extractor.extract(text, "th", REFERENCE)).isEmpty();
    }

    /** "שעברה" before "מאז" (since) is the verb of a clause: the year that has passed since, no last year. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            השנה שעברה מאז מותו הייתה קשה למשפחה.
            החודש שעבר מאז הבחירות היה שקט.
            """)
    void shouldFindNoDateWhenAHebrewPeriodHasPassedSinceSomething(String text) {
        assertThat(extractor.extract(text, "he", REFERENCE)).isEmpty();
    }
}
