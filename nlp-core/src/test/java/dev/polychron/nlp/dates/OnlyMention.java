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

    /** One mention was found in {@code sentence}, with this text at its first place there, value and granularity. */
    static void assertOnlyMention(String sentence, List<DateMention> mentions, String text, String value,
                                  Granularity granularity) {
        assertOnlyMention(mentions, text, value, granularity);
        assertThat(mentions.get(0).start()).isEqualTo(sentence.indexOf(text));
        assertThat(mentions.get(0).end()).isEqualTo(sentence.indexOf(text) + text.length());
    }

    /** One mention was found, at these offsets, with this value and granularity. */
    static void assertOnlyMentionAt(List<DateMention> mentions, int start, int end, String value,
                                    Granularity granularity) {
        assertThat(mentions).singleElement().satisfies(mention -> {
            assertThat(mention.start()).isEqualTo(start);
            assertThat(mention.end()).isEqualTo(end);
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

    /**
     * Of the mentions found in {@code sentence}, exactly one has this text, at its first place there, with this value
     * and granularity.
     */
    static void assertMentionOf(String sentence, List<DateMention> mentions, String text, String value,
                                Granularity granularity) {
        assertThat(mentions).filteredOn(mention -> mention.text().equals(text)).singleElement()
                .satisfies(mention -> {
                    assertThat(mention.value()).isEqualTo(value);
                    assertThat(mention.granularity()).isEqualTo(granularity);
                    assertThat(mention.start()).isEqualTo(sentence.indexOf(text));
                    assertThat(mention.end()).isEqualTo(sentence.indexOf(text) + text.length());
                });
    }

    /** A mention as the list tests compare it: "May 1990@12=1990-05 MONTH". */
    static String shown(DateMention mention) {
        return mention.text() + "@" + mention.start() + "=" + mention.value() + " " + mention.granularity();
    }
}
