package dev.polychron.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeerCaseReaderTest {

    private static final String DUCKLING_INTERVAL = """
            {"id": "d:1", "source": "duckling", "lang": "en", "locale": "en_GB", "text": "15/2 - 17/2",
             "ref": "2013-02-12T04:30:00-02:00", "kind": "interval", "value": "2013-02-15", "grain": "day",
             "end": "2013-02-18", "end_inclusive": "2013-02-17", "holiday": null, "latent": false}""";
    private static final String RECOGNIZERS_INTERVAL = """
            {"id": "r:1", "source": "recognizers", "lang": "en", "locale": "en-us", "text": "March to May",
             "ref": "2018-01-01T00:00:00", "kind": "interval", "value": "2018-03", "grain": "month",
             "end": "2018-05", "end_inclusive": null}""";
    private static final String LATENT = """
            {"id": "d:2", "source": "duckling", "lang": "en", "text": "7", "ref": null, "kind": "instant",
             "value": "2013-02-12T07", "grain": "hour", "latent": true}""";
    private static final String TEXT_VARIANT = """
            {"id": "p:1", "source": "dateparser", "lang": "vi", "text": "Hom qua", "ref": null, "kind": "instant",
             "value": "2014-08-31", "grain": "day", "text_variant": "accents-stripped"}""";
    private static final String HOLIDAY = """
            {"id": "d:3", "source": "duckling", "lang": "en", "text": "xmas", "ref": null, "kind": "instant",
             "value": "2013-12-25", "grain": "day", "holiday": "Christmas", "latent": false}""";

    @Test
    void shouldReadTheLocaleAndTheInclusiveEndWhenTheCaseIsADucklingInterval() {
        PeerCase read = PeerCaseReader.read(Suite.DATES, Json.parse(DUCKLING_INTERVAL)).orElseThrow();

        assertThat(read.languageTag()).isEqualTo("en-GB");
        assertThat(read.reference()).isEqualTo(LocalDateTime.of(2013, 2, 12, 4, 30));
        assertThat(read.readings()).containsExactly(
                Expectation.interval("2013-02-15", Grain.DAY, List.of("2013-02-17")));
        assertThat(read.holiday()).isFalse();
    }

    @Test
    void shouldAcceptTheEndOrOneGrainBeforeWhenTheCaseIsARecognizersInterval() {
        PeerCase read = PeerCaseReader.read(Suite.RECOGNIZERS, Json.parse(RECOGNIZERS_INTERVAL)).orElseThrow();

        assertThat(read.languageTag()).isEqualTo("en-US");
        assertThat(read.readings()).containsExactly(
                Expectation.interval("2018-03", Grain.MONTH, List.of("2018-05", "2018-04")));
    }

    @Test
    void shouldLeaveTheCaseOutWhenItIsLatentOrATextVariant() {
        assertThat(PeerCaseReader.read(Suite.DATES, Json.parse(LATENT))).isEmpty();
        assertThat(PeerCaseReader.read(Suite.DATES, Json.parse(TEXT_VARIANT))).isEmpty();
    }

    @Test
    void shouldMarkTheCaseWhenItNamesAHoliday() {
        PeerCase read = PeerCaseReader.read(Suite.DATES, Json.parse(HOLIDAY)).orElseThrow();

        assertThat(read.holiday()).isTrue();
        assertThat(read.reference()).isEqualTo(PeerValues.REFERENCE_WHEN_NONE);
    }
}
