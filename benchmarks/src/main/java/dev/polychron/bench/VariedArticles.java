package dev.polychron.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus of any size made from the repository's samples: each document takes the sentences of one language's
 * samples in a seeded random order, with its years and day numbers changed, until it has the bytes asked for.
 * Different documents differ in enough three-word shingles that none is a near-duplicate of another, so every one
 * gets an id and an analysis of its own.
 */
public final class VariedArticles {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20[0-4]\\d)\\b");
    private static final Pattern DAY = Pattern.compile("\\b([1-9]|[12]\\d)\\b(?!\\d)");
    private static final int MAX_YEAR_SHIFT = 25;
    private static final int SENTENCES_PER_PARAGRAPH = 5;

    private VariedArticles() {
    }

    /** {@code count} documents of at least {@code targetBytes} UTF-8 bytes, the languages taking turns. */
    public static List<Article> generate(List<Article> samples, int count, int targetBytes, long seed) {
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        Map<String, Article> firstSample = new LinkedHashMap<>();
        for (Article sample : samples) {
            firstSample.putIfAbsent(sample.language(), sample);
            List<String> pool = sentences.computeIfAbsent(sample.language(), language -> new ArrayList<>());
            for (String sentence : SENTENCE_END.split(sample.text())) {
                if (!sentence.isBlank()) {
                    pool.add(sentence.strip());
                }
            }
        }
        List<String> languages = List.copyOf(sentences.keySet());
        List<Article> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String language = languages.get(i % languages.size());
            Random random = new Random(seed * 1_000_003L + i);
            String text = compose(sentences.get(language), targetBytes, random);
            Article sample = firstSample.get(language);
            documents.add(new Article(String.format("varied-%05d-%s", i, language), text, language,
                    sample.reference()));
        }
        return documents;
    }

    private static String compose(List<String> pool, int targetBytes, Random random) {
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        for (int n = 1; bytes < targetBytes; n++) {
            String sentence = vary(pool.get(random.nextInt(pool.size())), random);
            text.append(sentence).append(n % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
            bytes += sentence.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return text.toString().strip();
    }

    private static String vary(String sentence, Random random) {
        int shift = random.nextInt(2 * MAX_YEAR_SHIFT + 1) - MAX_YEAR_SHIFT;
        String years = replace(YEAR, sentence, year -> Integer.toString(Integer.parseInt(year) + shift));
        return replace(DAY, years, day -> Integer.toString(1 + random.nextInt(28)));
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> change) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(change.apply(matcher.group(1))));
        }
        return matcher.appendTail(out).toString();
    }
}
