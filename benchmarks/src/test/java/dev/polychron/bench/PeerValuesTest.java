package dev.polychron.bench;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeerValuesTest {

    private static final DateMention YEAR_2014 = mention("2014", 10, "2014", Granularity.YEAR);
    private static final DateMention APRIL_FIRST = mention("1 April 2014", 20, "2014-04-01", Granularity.DAY);
    private static final DateMention APRIL_SECOND = mention("2 April 2014", 40, "2014-04-02", Granularity.DAY);

    @Test
    void shouldGiveTheMondayWhenTheValueIsAWeek() {
        assertThat(PeerValues.toPeerIso("2013-W07")).isEqualTo("2013-02-11");
    }

    @Test
    void shouldGiveTheMondayOfTheYearBeforeWhenTheFirstWeekStartsInDecember() {
        assertThat(PeerValues.toPeerIso("2015-W01")).isEqualTo("2014-12-29");
    }

    @Test
    void shouldGiveTheFirstMonthWhenTheValueIsAQuarter() {
        assertThat(PeerValues.toPeerIso("2013-Q1")).isEqualTo("2013-01");
        assertThat(PeerValues.toPeerIso("2013-Q4")).isEqualTo("2013-10");
    }

    @Test
    void shouldKeepTheValueWhenItIsNeitherWeekNorQuarter() {
        assertThat(List.of("2014-04-01", "2014-04", "201", "19", "2014-SP", "2014-04-01T19:30"))
                .allSatisfy(value -> assertThat(PeerValues.toPeerIso(value)).isEqualTo(value));
    }

    @Test
    void shouldKeepTheValueWhenTheWeekDoesNotExist() {
        assertThat(PeerValues.toPeerIso("2013-W60")).isEqualTo("2013-W60");
    }

    @Test
    void shouldWriteBcp47WhenTheCaseHasALocale() {
        assertThat(PeerValues.languageTag("en_GB", "en")).isEqualTo("en-GB");
        assertThat(PeerValues.languageTag("zh-cn", "zh")).isEqualTo("zh-CN");
    }

    @Test
    void shouldKeepOnlyTheLanguageWhenTheRegionIsAWildcard() {
        assertThat(PeerValues.languageTag("en-*", "en")).isEqualTo("en");
    }

    @Test
    void shouldUseTheLangWhenTheCaseHasNoLocale() {
        assertThat(PeerValues.languageTag(null, "vi")).isEqualTo("vi");
        assertThat(PeerValues.languageTag(null, "zh-Hant")).isEqualTo("zh-Hant");
    }

    @Test
    void shouldGiveNoTagWhenTheCaseHasNoLanguage() {
        assertThat(PeerValues.languageTag(null, null)).isNull();
    }

    @Test
    void shouldUseTheLocalDateTimeWhenTheReferenceHasAnOffset() {
        assertThat(PeerValues.reference("2013-02-12T04:30:00-02:00")).isEqualTo(LocalDateTime.of(2013, 2, 12, 4, 30));
    }

    @Test
    void shouldReadTheReferenceWhenItHasNoOffset() {
        assertThat(PeerValues.reference("2014-09-01T10:30:00")).isEqualTo(LocalDateTime.of(2014, 9, 1, 10, 30));
    }

    @Test
    void shouldTakeTheLongestMentionWhenThereAreSeveral() {
        assertThat(PeerValues.longest(List.of(YEAR_2014, APRIL_FIRST))).contains(APRIL_FIRST);
    }

    @Test
    void shouldTakeTheFirstWhenTheLongestAreEqual() {
        assertThat(PeerValues.longest(List.of(APRIL_SECOND, APRIL_FIRST))).contains(APRIL_FIRST);
    }

    @Test
    void shouldTakeNothingWhenThereIsNoMention() {
        assertThat(PeerValues.longest(List.of())).isEmpty();
    }

    static DateMention mention(String text, int start, String value, Granularity granularity) {
        return new DateMention(text, start, start + text.length(), value, granularity, null, null, false);
    }
}
