package dev.polychron.nlp.dates;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DateRuleTest {

    private static final DateRule RULE = DateRule.of(Start.ANYWHERE, "x", (m, reference) -> Optional.empty());

    @Test
    void shouldMayMatchAnyTextWithoutARequiredWord() {
        assertThat(RULE.mayMatch("塔建于68年")).isTrue();
    }

    @Test
    void shouldMayMatchOnlyTextsWithOneOfItsRequiredWords() {
        DateRule rule = RULE.requiringAny(List.of("公元", "西元"));
        assertThat(rule.mayMatch("塔建于西元68年")).isTrue();
        assertThat(rule.mayMatch("塔建于公元68年")).isTrue();
        assertThat(rule.mayMatch("塔建于68年")).isFalse();
        assertThat(RULE.requiring("nam").mayMatch("ngay 5 thang 3")).isFalse();
    }
}
