package dev.polychron.nlp.entities;

import dev.polychron.events.EntityMention;
import dev.polychron.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity extraction and cross-language linking on short articles we wrote in eight languages (folder
 * {@code heldout}) and annotated by hand ({@code heldout/gold.tsv}); they were written after the extractor and are
 * kept out of its tuning, so the figures are an honest estimate. The floors only catch regressions.
 */
class HeldOutEvaluationTest {

    private static final String FOLDER = "heldout/";
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2024, 1, 1, 0, 0);
    private static final double MIN_MENTION_F1 = 0.85;
    private static final double MIN_LINK_PRECISION = 0.98;
    private static final double MIN_LINK_RECALL = 0.85;

    @Test
    void shouldFindAndLinkEntitiesOfHeldOutArticlesInEightLanguages() throws IOException {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String line : read("gold.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t");
                rows.computeIfAbsent(columns[0], d -> new ArrayList<>()).add(columns);
            }
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        List<EntityScores.Mention> gold = new ArrayList<>();
        List<EntityScores.Mention> system = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> document : rows.entrySet()) {
            String name = document.getKey();
            String text = read(name + ".txt");
            int from = 0;
            for (String[] row : document.getValue()) {
                int start = text.indexOf(row[1], from);
                assertThat(start).as("gold surface %s in %s", row[1], name).isNotNegative();
                gold.add(new EntityScores.Mention(name, start, start + row[1].length(), row[2], row[3]));
                from = start + row[1].length();
            }
            String language = name.replaceAll("-.*", "");
            for (EntityMention mention : analyzer.analyze(text, language, REFERENCE).entities()) {
                system.add(new EntityScores.Mention(name, mention.start(), mention.end(), mention.type().name(),
                        mention.entityId()));
            }
        }
        EntityScores.print("held-out evaluation", gold, system);

        EntityScores.Linking linking = EntityScores.linking(gold, system);
        assertThat(EntityScores.mentions(gold, system, true).f1()).isGreaterThanOrEqualTo(MIN_MENTION_F1);
        assertThat(linking.precision()).isGreaterThanOrEqualTo(MIN_LINK_PRECISION);
        assertThat(linking.recall()).isGreaterThanOrEqualTo(MIN_LINK_RECALL);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = HeldOutEvaluationTest.class.getResourceAsStream(FOLDER + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
