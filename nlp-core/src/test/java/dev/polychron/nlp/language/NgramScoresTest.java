package dev.polychron.nlp.language;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class NgramScoresTest {

    private static LanguageDetectorME detector;
    private static NgramScores scores;

    @BeforeAll
    static void readModel() throws IOException {
        try (InputStream model = NgramScoresTest.class.getResourceAsStream("/langdetect-183.bin")) {
            LanguageDetectorModel read = new LanguageDetectorModel(model);
            detector = new LanguageDetectorME(read);
            scores = new NgramScores(read);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The ferry left the harbour at dawn, two hours late because of the storm.",
            "Chuyến phà rời cảng lúc bình minh, trễ hai tiếng vì cơn bão.",
            "Το πλοίο έφυγε από το λιμάνι την αυγή, δύο ώρες αργότερα λόγω της καταιγίδας.",
            "Die Fähre verließ den Hafen im Morgengrauen, wegen des Sturms zwei Stunden zu spät.",
            "Паром вышел из гавани на рассвете, опоздав на два часа из-за шторма.",
            "渡轮因暴风雨晚了两个小时，在黎明时分离开了港口。",
            "Le traversier 🚢 a quitté le port https://example.org 2024 aaaah ;-) #tempête",
            "x", "12 34", "NATO"})
    void shouldGuessWhatOpenNlpGuessesWithTheSameConfidence(String text) {
        Language expected = detector.predictLanguage(text);
        NgramScores.Guess guess = scores.best(text);
        assertThat(guess.language()).isEqualTo(expected.getLang());
        assertThat(Double.doubleToLongBits(guess.confidence()))
                .isEqualTo(Double.doubleToLongBits(expected.getConfidence()));
    }
}
