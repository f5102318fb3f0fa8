package dev.polychron.nlp.dates;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AlternationTest {

    private static final List<String> WORDS = List.of("ngay", "ngay mai", "ngay mai kia", "nam", "nam ngoai", "n",
            "a.b", "x|y", "𝟙𝟚", "𝟙𝟛", "");

    @Test
    void shouldMatchTheLongestWordThatFits() {
        assertThat(first("(?:" + Alternation.of(WORDS) + ")", "ngay mai kia den")).isEqualTo("ngay mai kia");
        assertThat(first("(?:" + Alternation.of(WORDS) + ")", "ngay mai khac")).isEqualTo("ngay mai");
    }

    @Test
    void shouldFallBackToAShorterWordWhenWhatFollowsRefusesTheLonger() {
        assertThat(first("(?:" + Alternation.of(WORDS) + ")\\s+kia", "ngay mai kia")).isEqualTo("ngay mai kia");
        assertThat(first("(?:" + Alternation.of(WORDS) + ")(?:\\s+mai)", "ngay mai")).isEqualTo("ngay mai");
        assertThat(first("(?:" + Alternation.of(WORDS) + ")\\s", "nam ngoai ")).isEqualTo("nam ngoai ");
    }

    @Test
    void shouldReadItsWordsLiterallyAndKeepCharsOutsideTheBasicPlaneWhole() {
        assertThat(first("(?:" + Alternation.of(WORDS) + ")$", "a.b")).isEqualTo("a.b");
        assertThat(first("(?:" + Alternation.of(WORDS) + ")$", "axb")).isNull();
        assertThat(first("(?:" + Alternation.of(WORDS) + ")$", "x|y")).isEqualTo("x|y");
        assertThat(first("(?:" + Alternation.of(WORDS) + ")$", "𝟙𝟛")).isEqualTo("𝟙𝟛");
    }

    @Test
    void shouldFindWhatTheFlatAlternationOfItsWordsFinds() {
        String flat = WORDS.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String text = "ngay mai kia, nam ngoai; ngay nam n a.b x|y 𝟙𝟚𝟙𝟛 ngay mai";
        for (String after : List.of("", "\\b", "\\s+n\\w*", "(?:\\s+ngay)?")) {
            assertThat(all("(?:" + Alternation.of(WORDS) + ")" + after, text))
                    .isEqualTo(all("(?:" + flat + ")" + after, text));
        }
    }

    @Test
    void shouldFindWhatItsWordsFindWhenRefusingDigitsAheadOfThem() {
        List<String> words = List.of("thu hai", "thu ba", "hai", "ba");
        String text = "thu hai 2 thu ba 15 hai, ba3";
        for (String after : List.of("", "\\b", "\\s+\\w+")) {
            assertThat(all(Alternation.notAtDigit(words) + after, text))
                    .isEqualTo(all("(?:" + Alternation.of(words) + ")" + after, text));
        }
        assertThat(Alternation.notAtDigit(words)).startsWith("(?![0-9])");
    }

    @Test
    void shouldNotRefuseDigitsWhenAWordBeginsWithOneOrIsEmpty() {
        assertThat(first(Alternation.notAtDigit(List.of("thu 2", "2 thang")), "2 thang")).isEqualTo("2 thang");
        assertThat(first(Alternation.notAtDigit(List.of("the", "")) + "1", "1")).isEqualTo("1");
    }

    private static String first(String regex, String text) {
        Matcher m = Pattern.compile("(?U)" + regex).matcher(text);
        return m.lookingAt() ? m.group() : null;
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?U)" + regex).matcher(text);
        while (m.find()) {
            found.add(m.group() + "@" + m.start());
        }
        return found;
    }
}
