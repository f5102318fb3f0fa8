package dev.polychron.nlp.dates;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Arabic definite article "ال", written as the prefix of its word. CLDR and ICU write weekdays and ordinals with
 * it ("الثلاثاء", "الثالث") and the day's field without it ("يوم"), while an ordinal before its noun drops it and the
 * noun after it keeps it: "ثالث ثلاثاء" beside "الثلاثاء الثالث" (the third Tuesday), "اليوم الأخير".
 */
final class ArabicArticle {

    private static final String ARTICLE = "ال";
    /**
     * The conjunctions and prepositions written as the prefix of the next word, alone or together: "وعيد الفطر",
     * "بعيد الفطر", "وبرمضان".
     */
    private static final List<String> CLITICS = List.of("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل");

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

    /**
     * In Arabic, the folded {@code forms} also with each of the {@link #CLITICS} as their prefix, "ل" taking the place
     * of the article's alif ("للمولد النبوي"); in another language, {@code forms}.
     */
    static <V> Map<String, V> withClitics(String language, Map<String, V> forms) {
        if (!language.equals("ar")) {
            return forms;
        }
        Map<String, V> all = new LinkedHashMap<>(forms);
        forms.forEach((form, value) -> CLITICS.forEach(clitic -> all.putIfAbsent(
                clitic.endsWith("ل") && form.startsWith(ARTICLE) ? clitic + form.substring(1) : clitic + form,
                value)));
        return all;
    }
}
