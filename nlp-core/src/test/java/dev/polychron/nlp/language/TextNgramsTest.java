package dev.polychron.nlp.language;

import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TextNgramsTest {

    private static final LanguageDetectorContextGenerator OPENNLP = new LanguageDetectorFactory().getContextGenerator();

    @ParameterizedTest
    @ValueSource(strings = {
            "The ferry left the harbour at dawn, two hours late because of the storm.",
            "Chuyến phà rời cảng lúc bình minh, trễ hai tiếng vì cơn bão.",
            "Το ΠΛΟΊΟ έφυγε από το λιμάνι την αυγή.",
            "İstanbul'da ŞUBAT ayında 渡轮因暴风雨晚了 𝐀𝐁 😀 🚢",
            "Le traversier a quitté le port https://example.org 2024 aaaah ;-) #tempête @capitaine"})
    void shouldMakeOpenNlpsNgramsInTheOrderOfItsHashSet(String text) {
        Set<CharSequence> opennlp = new HashSet<>();
        for (CharSequence ngram : OPENNLP.getContext(text)) {
            opennlp.add(ngram);
        }
        assertThat(strings(TextNgrams.of(text))).isNotEmpty().containsExactlyElementsOf(strings(opennlp));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024 1945", "https://example.org/path"})
    void shouldMakeNoNgramsWhereOpenNlpsNormalisersLeaveNothing(String text) {
        assertThat(strings(TextNgrams.of(text))).isEqualTo(strings(List.of(OPENNLP.getContext(text))));
    }

    private static List<String> strings(Iterable<? extends CharSequence> ngrams) {
        List<String> strings = new ArrayList<>();
        ngrams.forEach(ngram -> strings.add(ngram.toString()));
        return strings;
    }
}
