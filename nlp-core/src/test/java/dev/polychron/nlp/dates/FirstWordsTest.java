package dev.polychron.nlp.dates;

import dev.polychron.nlp.text.TextFolding;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FirstWordsTest {

    private static final String TEXT = "in 3 march the 12 marchers met, sept. 1999 and 4 sep the march";

    @Test
    void shouldAdmitForEachStartWhatItsOwnWordsAdmit() {
        List<Start> starts = List.of(Start.words(List.of("march", "the")), Start.words(List.of("march")).orDigit(),
                Start.words(List.of("sept", "september", "sep", "se")), Start.words(List.of("the march")),
                Start.words(List.of("1999")).orDigit(), Start.words(List.of("march")).orNumbers(Start.DAY),
                Start.words(List.of("sept")).orNumbers(Start.FOUR_DIGITS));
        FirstWords firstWords = FirstWords.of(starts);
        int[] candidates = wordStarts(TEXT);
        int[][] admitted = firstWords.admitted(TEXT.toCharArray(), candidates);
        for (Start start : starts) {
            assertThat(admitted[firstWords.id(start)]).as(start.words().toString())
                    .containsExactly(Arrays.stream(candidates).filter(at -> start.admits(TEXT, at)).toArray());
        }
    }

    @Test
    void shouldAdmitWordsOfEveryScriptWhetherTheirFirstCharIsReadFromTheTableOrNot() {
        String text = "Tháng 3, năm 2020 年 3 月 — 지난해 3월, στις 3 Μαρτίου";
        String folded = TextFolding.fold(text);
        List<Start> starts = List.of(Start.words(List.of("thang", "nam")), Start.words(List.of("年", "月")).orDigit(),
                Start.words(List.of("지난해", "σ")), Start.words(List.of("—")));
        FirstWords firstWords = FirstWords.of(starts);
        int[] candidates = wordStarts(folded);
        int[][] admitted = firstWords.admitted(folded.toCharArray(), candidates);
        for (Start start : starts) {
            assertThat(admitted[firstWords.id(start)]).as(start.words().toString()).isNotEmpty()
                    .containsExactly(Arrays.stream(candidates).filter(at -> start.admits(folded, at)).toArray());
        }
        assertThat(firstWords.admitted("march".toCharArray(), new int[] {0})[firstWords.id(starts.get(0))])
                .as("no first word begins the text").isEmpty();
    }

    @Test
    void shouldFollowTheSameEdgesWhetherANodeIsScannedOrSearched() {
        List<String> words = List.of("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "bx", "bz");
        WordTrie trie = new WordTrie(words, IntStream.range(0, words.size()).toArray());
        for (int w = 0; w < words.size(); w++) {
            int node = trie.next(trie.next(WordTrie.ROOT, words.get(w).charAt(0)), words.get(w).charAt(1));
            assertThat(trie.numbers(node)).as(words.get(w)).containsExactly(w);
        }
        int many = trie.next(WordTrie.ROOT, 'a');
        int two = trie.next(WordTrie.ROOT, 'b');
        assertThat(List.of(trie.next(many, '/'), trie.next(many, ':'), trie.next(two, 'a'), trie.next(two, 'y'),
                trie.next(two, '{'), trie.next(WordTrie.ROOT, 'c'))).containsOnly(WordTrie.NONE);
    }

    @Test
    void shouldHoldNoStartThatNamesNoWords() {
        FirstWords firstWords = FirstWords.of(List.of(Start.DIGIT, Start.WORD, Start.ANYWHERE));
        assertThat(firstWords.id(Start.DIGIT)).isNegative();
        assertThat(firstWords.id(Start.words(List.of("march")))).isNegative();
    }

    private static int[] wordStarts(String text) {
        return IntStream.range(0, text.length()).filter(i -> i == 0 || Character.isDigit(text.charAt(i))
                || !Character.isLetterOrDigit(text.charAt(i - 1))).toArray();
    }
}
