package dev.polychron.nlp.dates;

import dev.polychron.nlp.text.TextFolding;
import java.util.List;
import java.util.Optional;

/**
 * Japanese months written in kana, as children's books and subtitles write them ("ろくがつに", "じゅうにがつ"; the
 * readings are in month-names.tsv), also after their number in digits ("6がつ"), in the reference's year. A kana
 * month has no kanji to end it, so it must close its clause or take a particle, as a day alone does
 * ({@link CjkDays}): "しかつめらしい" holds no April.
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
        String numbered = RuleBasedDateExtractor.NOT_NUMBER_BEFORE + "(?<number>\\p{Nd}{1,2})"
                + TextFolding.fold("がつ");
        return List.of(DateRule.of(Start.ANYWHERE,
                "(?:(?<month>" + Alternation.of(kana) + ")|" + numbered + ")" + CjkDays.closing(language),
                (m, reference) -> {
                    int month = m.group("number") != null ? Integer.parseInt(m.group("number"))
                            : months.number(m.group("month"));
                    return month >= 1 && month <= 12
                            ? Optional.of(ReferenceYear.month(month, reference.toLocalDate(), null))
                            : Optional.empty();
                }));
    }

    private static boolean hiragana(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HIRAGANA;
    }
}
