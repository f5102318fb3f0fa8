package dev.polychron.nlp.dates;

import java.util.HashMap;
import java.util.Map;

/**
 * The Arabic definite article "ال", written as the prefix of its word. CLDR and ICU write weekdays and ordinals with
 * it ("الثلاثاء", "الثالث") and the day's field without it ("يوم"), while an ordinal before its noun drops it and the
 * noun after it keeps it: "ثالث ثلاثاء" beside "الثلاثاء الثالث" (the third Tuesday), "اليوم الأخير".
 */
final class ArabicArticle {

    private static final String ARTICLE = "ال";

    private ArabicArticle() {
    }

    /** In Arabic, the folded {@code forms} with and without the article; in another language, {@code forms}. */
    static <V> Map<String, V> withAndWithout(String language, Map<String, V> forms) {
        if (!language.equals("ar")) {
            return forms;
        }
        Map<String, V> both = new HashMap<>(forms);
        forms.forEach((form, value) -> both.putIfAbsent(form.startsWith(ARTICLE) ? form.substring(ARTICLE.length())
                : ARTICLE + form, value));
        return both;
    }
}
