package dev.polychron.nlp.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void shouldSplitAtSentenceEndsAndLineBreaksWhenTrimming() {
        String text = "  First one. Second one!\nA heading\nThird one?  ";

        assertThat(splitter.split(text, "en")).extracting(s -> s.of(text))
                .containsExactly("First one.", "Second one!", "A heading", "Third one?");
    }

    @Test
    void shouldNotEndASentenceAtAnInitialOrAKnownAbbreviation() {
        String text = "On 26 June 1963 US President John F. Kennedy spoke in Berlin. Mr. Brandt listened. It was hot.";

        assertThat(splitter.split(text, "en")).extracting(s -> s.of(text)).containsExactly(
                "On 26 June 1963 US President John F. Kennedy spoke in Berlin.", "Mr. Brandt listened.",
                "It was hot.");
    }

    @Test
    void shouldNotEndASentenceAtADayNumberWhereOrdinalsTakeAPeriod() {
        String german = "Die Einheit wurde am 3. Oktober 1990 vollzogen. Seitdem ist der Tag ein Feiertag.";
        String english = "The vote was 3. October followed.";

        assertThat(splitter.split(german, "de")).extracting(s -> s.of(german)).containsExactly(
                "Die Einheit wurde am 3. Oktober 1990 vollzogen.", "Seitdem ist der Tag ein Feiertag.");
        assertThat(splitter.split("Es waren 2014. Dann kam mehr.", "de")).hasSize(2);
        assertThat(splitter.split(english, "en")).as("English writes no dotted ordinals").hasSize(2);
    }

    @Test
    void shouldKeepAnInitialBeforeTabsOrALineBreakInsideItsSentence() {
        String tabbed = "Our guide Anna K.\tPetrova met us. We left at noon.";
        String broken = "Signed by Maria L. \r\nGomez and sent. Nobody replied.";

        assertThat(splitter.split(tabbed, "en")).extracting(s -> s.of(tabbed)).containsExactly(
                "Our guide Anna K.\tPetrova met us.", "We left at noon.");
        assertThat(splitter.split(broken, "en")).extracting(s -> s.of(broken)).contains("Nobody replied.");
    }
}
