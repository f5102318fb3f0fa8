package dev.polychron.nlp.dates;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class DateRuleTest {

    private static final DateRule RULE = DateRule.of(Start.ANYWHERE, "x", (m, reference) -> Optional.empty());

    @Test
    void shouldMayMatchAnyTextWithoutARequiredWord() {
        assertThat(RULE.mayMatch("塔建于68年", new HashMap<>())).isTrue();
    }

    @Test
    void shouldMayMatchOnlyTextsWithOneOfItsRequiredWords() {
        DateRule rule = RULE.requiringAny(List.of("公元", "西元"));
        assertThat(rule.mayMatch("塔建于西元68年", new HashMap<>())).isTrue();
        assertThat(rule.mayMatch("塔建于公元68年", new HashMap<>())).isTrue();
        assertThat(rule.mayMatch("塔建于68年", new HashMap<>())).isFalse();
        assertThat(RULE.requiring("nam").mayMatch("ngay 5 thang 3", new HashMap<>())).isFalse();
    }

    @Test
    void shouldRunATestSharedByRulesOncePerText() {
        AtomicInteger runs = new AtomicInteger();
        Predicate<String> test = folded -> runs.incrementAndGet() > 0;
        Map<Predicate<String>, Boolean> answers = new HashMap<>();
        assertThat(RULE.requiring(test).mayMatch("in 1990", answers)).isTrue();
        assertThat(RULE.requiring(test).mayMatch("in 1990", answers)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldLetOnlyTextsWithACenturyWordTryTheCenturyPatterns() {
        Predicate<String> century = RuleBasedDateExtractor.MAY_NAME_CENTURY;
        assertThat(List.of("the 15th and 16th centuries", "vao the  ki 19", "thê ky xv", "du xve siecle",
                "в xv веке", "im 19. jahrhundert", "τον 19ο αι.", "במאה ה-19")).allMatch(century);
        assertThat(List.of("the kitchen opened in 1990", "the king ruled", "the report of 12 may", "thang 5 nam 2010"))
                .noneMatch(century);
    }
}
