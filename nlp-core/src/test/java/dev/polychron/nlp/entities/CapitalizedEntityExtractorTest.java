package dev.polychron.nlp.entities;

import dev.polychron.events.EntityMention;
import dev.polychron.events.EntityType;
import dev.polychron.nlp.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CapitalizedEntityExtractorTest {

    private final CapitalizedEntityExtractor extractor = new CapitalizedEntityExtractor();
    private final SentenceSplitter sentences = new SentenceSplitter();

    private List<EntityMention> extract(String text, String language) {
        return extractor.extract(text, language, sentences.split(text, language), List.of());
    }

    @Test
    void shouldLinkCountryToOneEntityWhenNamedInThreeLanguages() {
        EntityMention english = extract("NATO met Russia in Brussels.", "en").stream()
                .filter(m -> m.text().equals("Russia")).findFirst().orElseThrow();
        EntityMention vietnamese = extract("NATO và Nga đã ký.", "vi").stream()
                .filter(m -> m.text().equals("Nga")).findFirst().orElseThrow();
        EntityMention greek = extract("Το ΝΑΤΟ και η Ρωσία υπέγραψαν.", "el").stream()
                .filter(m -> m.text().equals("Ρωσία")).findFirst().orElseThrow();

        assertThat(List.of(english, vietnamese, greek)).allSatisfy(m -> {
            assertThat(m.entityId()).isEqualTo("loc-ru");
            assertThat(m.type()).isEqualTo(EntityType.LOC);
            assertThat(m.name()).isEqualTo("Russia");
        });
    }

    @Test
    void shouldKeepOffsetsOfMultiWordNameWhenFound() {
        String text = "On Monday the foreign minister Sergey Lavrov spoke on the radio.";

        EntityMention lavrov = extract(text, "en").stream()
                .filter(m -> m.text().contains("Lavrov")).findFirst().orElseThrow();

        assertThat(lavrov.text()).isEqualTo("Sergey Lavrov");
        assertThat(text.substring(lavrov.start(), lavrov.end())).isEqualTo("Sergey Lavrov");
    }

    @Test
    void shouldSkipSentenceInitialWordWhenTextAlsoWritesItInLowerCase() {
        String text = "The alliance met. NATO said the talks went well.";

        assertThat(extract(text, "en")).extracting(EntityMention::text).containsExactly("NATO");
    }

    @Test
    void shouldTypeAcronymAsOrganisationWhenAllCapitals() {
        assertThat(extract("It joined NATO after it applied.", "en"))
                .singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.ORG));
    }
}
