package dev.polychron.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VariedArticlesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2014, 4, 2, 0, 0);
    private static final List<Article> SAMPLES = List.of(
            new Article("en", "The Wall fell on 9 November 1989. Germany was reunited on 3 October 1990.\n\n"
                    + "NATO and Russia founded a council in 2002.", "en", REFERENCE),
            new Article("fr", "Le traité fut signé le 7 février 1992. Il entra en vigueur le 1 novembre 1993.", "fr",
                    REFERENCE));

    @Test
    void shouldMakeDistinctDocumentsOfTheAskedSizeWithLanguagesTakingTurns() {
        List<Article> documents = VariedArticles.generate(SAMPLES, 40, 2000, 7);

        assertThat(documents).hasSize(40);
        assertThat(documents).allSatisfy(d -> assertThat(d.utf8Bytes()).isGreaterThanOrEqualTo(2000));
        assertThat(documents).extracting(Article::language).startsWith("en", "fr", "en", "fr");
        assertThat(new HashSet<>(documents.stream().map(Article::text).toList())).hasSize(40);
        assertThat(documents.get(1).text()).contains("traité").doesNotContain("Wall");
    }

    @Test
    void shouldMakeTheSameCorpusFromTheSameSeed() {
        assertThat(VariedArticles.generate(SAMPLES, 5, 500, 3)).isEqualTo(VariedArticles.generate(SAMPLES, 5, 500, 3));
        assertThat(VariedArticles.generate(SAMPLES, 1, 500, 3).get(0).text())
                .isNotEqualTo(VariedArticles.generate(SAMPLES, 1, 500, 4).get(0).text());
    }
}
