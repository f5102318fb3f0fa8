package dev.polychron.nlp.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | The alliance suspended all practical cooperation with Russia after the annexation of Crimea.
            vi | Liên minh quân sự đã quyết định đình chỉ mọi hợp tác thực tế với nước Nga sau khủng hoảng.
            el | Η συμμαχία ανέστειλε κάθε πρακτική συνεργασία με τη Ρωσία μετά την προσάρτηση της Κριμαίας.
            de | Das Bündnis setzte jede praktische Zusammenarbeit mit Russland nach der Annexion der Krim aus.
            """)
    void shouldAnswerTwoLetterCodeWhenLanguageIsClear(String expected, String text) {
        assertThat(IDENTIFIER.identify(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'12345 678'", "'   '"})
    void shouldAnswerUndeterminedWhenTextHasNoLetters(String text) {
        assertThat(IDENTIFIER.identify(text)).isEqualTo("und");
    }
}
