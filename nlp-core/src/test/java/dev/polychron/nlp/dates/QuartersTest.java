package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class QuartersTest {

    /** In the first quarter of 2013. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Sales fell in the third quarter of 2014.      | third quarter of 2014    | 2014-Q3
            hr | Prodaja je pala u četvrtom tromjesečju 2018. | četvrtom tromjesečju 2018 | 2018-Q4
            nl | De omzet steeg in het 4de kwartaal 2018.  | 4de kwartaal 2018        | 2018-Q4
            en | Profits fell in the second quarter.           | second quarter           | 2012-Q2
            en | Profits will rise in the second quarter.      | second quarter           | 2013-Q2
            en | Output grew in the 4th qtr. 2018.             | 4th qtr. 2018            | 2018-Q4
            it | Il PIL è sceso nel quarto trimestre 2018.     | quarto trimestre 2018    | 2018-Q4
            es | Las ventas subieron en el tercer trimestre.   | tercer trimestre         | 2012-Q3
            da | Omsætningen faldt i fjerde kvartal.           | fjerde kvartal           | 2013-Q4
            ru | Рост замедлился в третьем квартале.           | третьем квартале         | 2013-Q3
            el | Η ανεργία μειώθηκε το δεύτερο τρίμηνο του 2015. | δεύτερο τρίμηνο του 2015 | 2015-Q2
            de | Im 4. Quartal 2018 stiegen die Preise.        | 4. Quartal 2018          | 2018-Q4
            nl | De omzet daalde in het tweede kwartaal van 2018. | tweede kwartaal van 2018 | 2018-Q2
            pl | Sprzedaż spadła w drugim kwartale roku 2018.  | drugim kwartale roku 2018 | 2018-Q2
            ko | 2018년 4분기 실적이 좋았다.                   | 2018년 4분기              | 2018-Q4
            ko | 올해 3사분기에 늘었다.                        | 올해 3사분기              | 2013-Q3
            ja | 2016年の第3四半期に増えた。                   | 2016年の第3四半期         | 2016-Q3
            zh | 今年第一季度增长。                            | 今年第一季度              | 2013-Q1
            pl | W 4ty kwartał 2018 ceny wzrosły.              | 4ty kwartał 2018         | 2018-Q4
            sv | Vinsten ökade under 3:e kvartalet.            | 3:e kvartalet            | 2013-Q3
            en | The plan starts next quarter.                 | next quarter             | 2013-Q2
            de | Die Zahlen für dieses Quartal sind schwach.   | dieses Quartal           | 2013-Q1
            fr | Le chiffre a baissé le trimestre dernier.     | le trimestre dernier     | 2012-Q4
            vi | Doanh thu quý sau sẽ tăng.                    | quý sau                  | 2013-Q2
            vi | Doanh thu tăng trong quý ba, rồi giảm.        | quý ba                   | 2013-Q3
            vi | Lợi nhuận quý 4 của năm 2018 giảm.            | quý 4 của năm 2018       | 2018-Q4
            vi | Xuất khẩu quý hai năm 2016 tăng.              | quý hai năm 2016         | 2016-Q2
            vi | Lợi nhuận quý III/2016 giảm mạnh.             | quý III/2016             | 2016-Q3
            vi | Giá xăng tăng trong quý I năm 2017.           | quý I năm 2017           | 2017-Q1
            en | Deliveries resume in 2 quarters.              | in 2 quarters            | 2013-Q3
            en | Profits fell in the last quarter of 2015.     | last quarter of 2015     | 2015-Q4
            en | Revenue peaked in 18Q4, then fell.            | 18Q4                     | 2018-Q4
            en | Margins should widen in Q3, the firm said.     | Q3                       | 2013-Q3
            en | Ticket sales fell in Q4, the ferry line said.  | Q4                       | 2012-Q4
            en | Freight will grow in Q1, the port said.        | Q1                       | 2013-Q1
            pt | As vendas caíram no último trimestre de 2015. | último trimestre de 2015 | 2015-Q4
            el | Οι εξαγωγές αυξήθηκαν το γ' τρίμηνο του 2019. | γ' τρίμηνο του 2019     | 2019-Q3
            el | Τα κέρδη μειώθηκαν στο δ΄ τρίμηνο του 2016.  | δ΄ τρίμηνο του 2016      | 2016-Q4
            """)
    void shouldNameTheQuarterWhenAnOrdinalOrRelativeWordPrecedesIt(String language, String text, String expectedText,
                                                                  String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.QUARTER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anh Quý hai lần đến muộn.
            Chiếc nhẫn đá quý ba màu rất đắt.
            """)
    void shouldFindNoVietnameseQuarterWhereQuyIsANameOrPrecious(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            კომპანიის მოგება მესამე კვარტალში გაიზარდა.       | მესამე კვარტალში           | 2013-Q3
            ექსპორტი 2012 წლის მეოთხე კვარტალში შემცირდა.    | 2012 წლის მეოთხე კვარტალში | 2012-Q4
            """)
    void shouldReadAGeorgianQuarterInItsCaseAndAfterItsYear(String text, String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, "ka", REFERENCE), expectedText, expectedValue,
                Granularity.QUARTER);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The board cut its FY2017 forecast.      | FY2017  | 2017
            en | Capital spending in FY 2009 was flat.   | FY 2009 | 2009
            en | Profit for FY14 rose 3%.               | FY14    | 2014
            """)
    void shouldReadAFiscalYearAsReportsShortenIt(String language, String text, String expectedText,
                                                 String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.YEAR);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Three quarters of the voters stayed home.
            en | He ate a quarter of the cake.
            en | She sold her Audi Q3 and bought a Q5 for 40,000 euros.
            ru | Дом построили за 3 квартала.
            it | Ha vinto il terzo premio.
            zh | 公司前一季度亏损。
            """)
    void shouldFindNoQuarterWhenTheWordIsACountOrTheOrdinalAnotherNoun(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Profits rose in H1 2016 by 5%.   | H1 2016 | 2016-01 | 2016-06
            fr | Les ventes du 2019-H2 ont chuté. | 2019-H2 | 2019-07 | 2019-12
            en | Profits fell in the second half of 2019. | second half of 2019 | 2019-07 | 2019-12
            fr | Les ventes du premier semestre 2016 ont chuté. | premier semestre 2016 | 2016-01 | 2016-06
            fr | Les ventes du second semestre 2016 ont chuté. | second semestre 2016 | 2016-07 | 2016-12
            es | Las ventas cayeron en la segunda mitad de 2016. | segunda mitad de 2016 | 2016-07 | 2016-12
            de | Im ersten Halbjahr 2016 sanken die Umsätze. | ersten Halbjahr 2016 | 2016-01 | 2016-06
            de | In der zweiten Jahreshälfte 2016 stiegen sie. | zweiten Jahreshälfte 2016 | 2016-07 | 2016-12
            ru | В первом полугодии 2016 года продажи упали. | первом полугодии 2016 | 2016-01 | 2016-06
            ru | Во второй половине 2011 года рынок оживился. | второй половине 2011 | 2011-07 | 2011-12
            el | Το δεύτερο εξάμηνο του 2016 οι πωλήσεις έπεσαν. | δεύτερο εξάμηνο του 2016 | 2016-07 | 2016-12
            pl | W pierwszym półroczu 2016 r. sprzedaż spadła. | pierwszym półroczu 2016 | 2016-01 | 2016-06
            nl | In de eerste helft van 2016 daalde de omzet. | eerste helft van 2016 | 2016-01 | 2016-06
            ro | În prima jumătate a anului 2016 vânzările au scăzut. | prima jumătate a anului 2016 | 2016-01 | 2016-06
            cs | V první polovině roku 2016 prodeje klesly. | první polovině roku 2016 | 2016-01 | 2016-06
            zh | 据统计，2017年上半年全国出口增长8%。 | 2017年上半年 | 2017-01 | 2017-06
            zh | 二〇一六年下半年经济回暖。 | 二〇一六年下半年 | 2016-07 | 2016-12
            zh | 公司预计去年后半年亏损。 | 去年后半年 | 2012-07 | 2012-12
            ko | 삼성전자는 2019년 상반기에 흑자를 냈다. | 2019년 상반기 | 2019-01 | 2019-06
            ja | 景気は２０１８年の前半に回復した。 | ２０１８年の前半 | 2018-01 | 2018-06
            vi | Sáu tháng đầu năm 2021, lượng khách giảm mạnh. | Sáu tháng đầu năm 2021 | 2021-01 | 2021-06
            vi | Giá thép tăng trong 6 tháng cuối năm 2017. | 6 tháng cuối năm 2017 | 2017-07 | 2017-12
            vi | Nửa sau năm 2015 thị trường ấm lên.        | Nửa sau năm 2015 | 2015-07 | 2015-12
            tr | 2021'in ilk yarısında ihracat arttı.       | 2021'in ilk yarısında | 2021-01 | 2021-06
            el | Το βʹ εξάμηνο του 2018 η ανεργία έπεσε.    | βʹ εξάμηνο του 2018 | 2018-07 | 2018-12
            tr | Fiyatlar 2018 yılının ikinci yarısında düştü. | 2018 yılının ikinci yarısında | 2018-07 | 2018-12
            """)
    void shouldSpanTheSixMonthsOfAHalfYearWhenItsYearIsWritten(String language, String text, String expectedText,
                                                               String expectedValue, String expectedEnd) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, text.indexOf(expectedText),
                expectedValue, expectedEnd, Granularity.MONTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            前三季度全国GDP增长7.7%。      | 前三季度      | 2013-Q3
            2012年前两季度出口放缓。       | 2012年前两季度 | 2012-Q2
            """)
    void shouldSpanTheYearsFirstQuartersWhenChineseCountsThemSoFar(String text, String expectedText,
                                                                   String expectedEnd) {
        String year = expectedEnd.substring(0, 4);
        assertOnlyMention(extractor.extract(text, "zh", REFERENCE), expectedText, text.indexOf(expectedText),
                year + "-Q1", expectedEnd, Granularity.QUARTER);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 上半年中国经济保持稳定。 | 上半年 | 2013-01 | 2013-06
            ko | 올해 하반기에 금리가 오를 전망이다. | 올해 하반기 | 2013-07 | 2013-12
            ja | 今年の後半に金利が上がる見通しだ。 | 今年の後半 | 2013-07 | 2013-12
            vi | Trong 6 tháng đầu năm, doanh thu tăng 8%. | 6 tháng đầu năm | 2013-01 | 2013-06
            vi | Nửa sau năm nay thị trường ấm lên.      | Nửa sau năm nay | 2013-07 | 2013-12
            vi | Nửa đầu năm nay lãi suất giữ nguyên.       | Nửa đầu năm nay | 2013-01 | 2013-06
            vi | Sáu tháng cuối năm ngoái giá dầu giảm.     | Sáu tháng cuối năm ngoái | 2012-07 | 2012-12
            vi | Xuất khẩu gạo 9 tháng đầu năm tăng mạnh.   | 9 tháng đầu năm | 2013-01 | 2013-09
            vi | Trong 2 tháng cuối năm ngoái, giá thép giảm. | 2 tháng cuối năm ngoái | 2012-11 | 2012-12
            vi | Lượng khách 10 tháng đầu năm 2011 tăng 5%. | 10 tháng đầu năm 2011 | 2011-01 | 2011-10
            en | Profits should return in the second half of next year. | second half of next year | 2014-07 | 2014-12
            en | Sales fell in the first half of last year.  | first half of last year | 2012-01 | 2012-06
            fr | Au second semestre de l'année prochaine, il ouvrira. | second semestre de l'année prochaine | 2014-07 | 2014-12
            """)
    void shouldSpanThisYearsHalfWhenTheHalfStandsAloneOrAfterThisYear(String language, String text,
                                                                      String expectedText, String expectedValue,
                                                                      String expectedEnd) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, text.indexOf(expectedText),
                expectedValue, expectedEnd, Granularity.MONTH);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 他在入职前半年就辞职了。
            zh | 比赛上半场双方战平。
            ja | 試合の前半で得点した。
            vi | Em bé mới sáu tháng tuổi.
            tr | Maçın ilk yarısında iki gol atıldı.
            el | Στο β' ημίχρονο ο Ολυμπιακός σκόραρε δύο φορές.
            vi | Cây cho quả 6 tháng sau năm trồng.
            vi | Sau tháng đầu năm, cửa hàng vắng khách.
            vi | Trong 6 tháng đầu năm học, lớp có thêm bạn mới.
            vi | Cây cho quả 3 tháng sau năm trồng.
            vi | Trong 9 tháng đầu năm học, trường tuyển thêm giáo viên.
            vi | Sáu tháng cuối năm tài chính ngân hàng lãi lớn.
            el | Η ναυτία είναι συχνή στο α' τρίμηνο της εγκυμοσύνης.
            el | Στο γ' τρίμηνο της κύησης η μητέρα κουράζεται.
            en | In the second half, the team scored twice.
            fr | La première moitié du match fut terne.
            ru | В первой половине дня шёл дождь.
            pl | W pierwszej połowie meczu padł gol.
            fr | Les étudiants du premier semestre passent les examens.
            el | Στο πρώτο εξάμηνο σπουδών οι φοιτητές γράφουν εργασίες.
            """)
    void shouldFindNoHalfYearWhenTheWordNeedsAYearAndHasNone(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
