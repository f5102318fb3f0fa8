package dev.polychron.nlp.dates;

import java.util.List;
import java.util.Optional;

/**
 * Japanese months written in kana, as children's books and subtitles write them ("ろくがつに", "じゅうにがつ"; the
 * readings are in month-names.tsv), in the reference's year. A kana month has no kanji to end it, so it must close
 * its clause or take a particle, as a day alone does ({@link CjkDays}): "しかつめらしい" holds no April.
 */
final class KanaMonths {

    private KanaMonths() {
    }

    static List<DateRule> rules(String language) {
        if (!language.equals("ja")) {
            return List.of();
        }
        MonthNames months = MonthNames.of(language);
        List<String> kana = months.ownWideForms().stream()
                .filter(form -> form.codePoints().allMatch(KanaMonths::hiragana)).toList();
        return List.of(DateRule.of(Start.ANYWHERE, "(?<month>" + Alternation.of(kana) + ")" + CjkDays.closing(language),
                (m, reference) -> Optional.of(ReferenceYear.month(months.number(m.group("month")),
                        reference.toLocalDate(), null))));
    }

    private static boolean hiragana(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HIRAGANA;
    }
}
