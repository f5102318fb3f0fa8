package dev.polychron.nlp.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

    private static String key(String... words) {
        return NameKey.of(List.of(words));
    }

    @Test
    void shouldGiveOneKeyWhenLavrovIsSpeltInSixWays() {
        assertThat(List.of(key("Sergey", "Lavrov"), key("Sergej", "Lawrow"), key("Sergueï", "Lavrov"),
                key("Serguéi", "Lavrov"), key("Σεργκέι", "Λαβρόφ"), key("Сергей", "Лавров")))
                .containsOnly("sergei-lavrov");
    }

    @Test
    void shouldReadGreekDigraphsAsNamesAreSpeltWhenTransliterating() {
        assertThat(key("Μπορίς", "Γιέλτσιν")).isEqualTo(key("Boris", "Yeltsin"));
        assertThat(key("Βλαντιμίρ", "Πούτιν")).isEqualTo(key("Vladimir", "Putin"));
        assertThat(key("Μάνφρεντ", "Βόρνερ")).isEqualTo(key("Manfred", "Wörner"));
        assertThat(key("Σεβαρντνάτζε")).isEqualTo(key("Shevardnadze"));
    }

    @Test
    void shouldMatchSkeletonsWhenOnlyVowelsDiffer() {
        assertThat(NameKey.skeleton(key("Γκορμπατσόφ"))).isEqualTo(NameKey.skeleton(key("Gorbachev")));
    }
}
