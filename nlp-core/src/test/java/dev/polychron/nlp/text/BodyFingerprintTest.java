package dev.polychron.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BodyFingerprintTest {

    private static final String BODY = "Relations between the alliance and Russia were established in 1991 within the "
            + "framework of the cooperation council. In 1994 Russia joined the partnership programme, and on 27 May "
            + "1997 the founding act was signed in Paris. On 1 April 2014 the alliance suspended all practical "
            + "cooperation with Russia after the annexation of Crimea, and in October 2021 Russia suspended its "
            + "mission to the alliance and closed the information office in Moscow.";
    private final ReferenceSections references = new ReferenceSections();

    private long fingerprint(String text) {
        return BodyFingerprint.of(text, SpanSet.of(references.find(text, "en")));
    }

    @Test
    void shouldDifferInFewBitsWhenSameBodyHasOtherBoilerplate() {
        String withCruft = "Share to: share facebook share twitter\nPrint page\n" + BODY
                + "\nReferences\n^ Smith, J. (2019). Retrieved 5 May 2020.";

        assertThat(BodyFingerprint.distance(fingerprint(BODY), fingerprint(withCruft))).isLessThanOrEqualTo(3);
    }

    @Test
    void shouldDifferInManyBitsWhenArticlesDiffer() {
        String other = "The wall was built on 13 August 1961 and opened on the night of 9 November 1989, when "
                + "crowds crossed the border crossings in Berlin; Germany was reunified on 3 October 1990 after "
                + "the treaty on the final settlement was signed in Moscow by both German states and four powers.";

        assertThat(BodyFingerprint.distance(fingerprint(BODY), fingerprint(other))).isGreaterThan(12);
    }

    @Test
    void shouldIgnoreReferenceSpansWhenFingerprinting() {
        String text = BODY + "\nReferences\nA completely different list of sources and words.";

        assertThat(BodyFingerprint.of(text, SpanSet.of(List.of(new Span(BODY.length(), text.length())))))
                .isEqualTo(BodyFingerprint.of(BODY, SpanSet.of(List.of())));
    }

    @Test
    void shouldReadWordsAsRunsOfLettersAndNumbersOfAnyKind() {
        String plain = "the river rose past the old mill and the bridge held";
        String punctuated = "the river, rose past (the old mill) and the \uD83D\uDE00 bridge held!";

        assertThat(fingerprint(punctuated)).isEqualTo(fingerprint(plain));
        assertThat(fingerprint("the river rose \u00BD past the old mill and the bridge held"))
                .as("'\u00BD' is a number of its own").isNotEqualTo(fingerprint(plain));
        assertThat(fingerprint("the river rose \uD835\uDC00 past the old mill and the bridge held"))
                .as("a letter outside the BMP is a word").isNotEqualTo(fingerprint(plain));
    }

    @Test
    void shouldSetTheBitsThatMoreThanHalfOfTheShinglesSetWhenTheyVote() {
        // the values the votes gave when each shingle's 64 bits were counted one at a time
        assertThat(BodyFingerprint.of(BODY, SpanSet.of(List.of()))).isEqualTo(0x41ca0f7cbee60a0bL);
        assertThat(BodyFingerprint.of("the river rose past", SpanSet.of(List.of())))
                .as("two shingles: a bit only one of them sets is a tie and stays clear")
                .isEqualTo(0xd1004004180e4090L);
        assertThat(BodyFingerprint.of("two words", SpanSet.of(List.of()))).as("no shingle").isZero();
    }
}
