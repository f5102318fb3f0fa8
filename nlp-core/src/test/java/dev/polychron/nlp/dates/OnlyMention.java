package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assertion the date tests share: one mention was found, with this text, value and granularity. */
final class OnlyMention {

    private OnlyMention() {
    }

    /** One mention was found, with this text and value. */
    static void assertOnlyMention(List<DateMention> mentions, String text, String value) {
        assertThat(mentions).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(text);
            assertThat(mention.value()).isEqualTo(value);
        });
    }

    static void assertOnlyMention(List<DateMention> mentions, String text, String value, Granularity granularity) {
        assertThat(mentions).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(text);
            assertThat(mention.value()).isEqualTo(value);
            assertThat(mention.granularity()).isEqualTo(granularity);
        });
    }

    /** One mention was found, with this text at {@code start}, this value and range end, and this granularity. */
    static void assertOnlyMention(List<DateMention> mentions, String text, int start, String value, String rangeEnd,
                                  Granularity granularity) {
        assertThat(mentions).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(text);
            assertThat(mention.start()).isEqualTo(start);
            assertThat(mention.value()).isEqualTo(value);
            assertThat(mention.rangeEnd()).isEqualTo(rangeEnd);
            assertThat(mention.granularity()).isEqualTo(granularity);
        });
    }
}
