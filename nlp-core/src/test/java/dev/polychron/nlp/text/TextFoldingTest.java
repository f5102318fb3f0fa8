package dev.polychron.nlp.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Aujourd’hui         | aujourd'hui
            Aujourdʼhui         | aujourd'hui
            Aujourd′hui         | aujourd'hui
            Aujourd＇hui         | aujourd'hui
            Aujourdꞌhui         | aujourd'hui
            Aujourd‵hui         | aujourd'hui
            Aujourdʹhui         | aujourd'hui
            L’année dernière    | l'annee derniere
            Tháng Tư            | thang tu
            Απριλίου            | απριλιου
            ２００９年            | 2009年
            ２０２１／３／２５     | 2021/3/25
            （火）               | (火)
            今ＱＴＲ             | 今qtr
            7月，8月：会議        | 7月，8月：会議
            ٢٠١٤                | 2014
            ۱۳۹۹                | 1399
            الجمعة              | الجمعه
            """)
    void shouldFoldCaseMarksAndApostrophesCharForChar(String text, String folded) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded).hasSameSizeAs(text);
    }
}
