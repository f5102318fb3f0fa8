package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Years marked as the common era's ("in 14 A.D.", "AD 79", "300 CE", "l'an 800 apr. J.-C."), which may have fewer
 * than four digits: the mark makes the number a year. The marks are ours ({@code era-words.tsv}); one written in
 * lower case needs its dots ("a.d."), as "ad" and "ce" are words too.
 */
final class EraYears {

    private static final List<String[]> WORDS = DataFiles.lines(EraYears.class, "era-words.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final String YEAR = "(?<year>[1-9]\\d{0,3})";

    private EraYears() {
    }

    static List<DateRule> rules(String language) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        List<DateRule> rules = new ArrayList<>();
        for (String[] columns : WORDS) {
            if (!columns[0].equals(code)) {
                continue;
            }
            List<String> marks = Stream.of(columns[2].split("\\|")).map(TextFolding::fold).toList();
            String mark = "(?<mark>" + Alternation.of(marks) + ")";
            boolean before = columns[1].equals("before");
            String regex = before ? "(?<![\\p{L}\\p{N}])" + mark + "\\s*" + YEAR + "(?![.,]?\\p{N})"
                    : "(?<![\\p{L}\\p{N}.,])" + YEAR + "\\s*" + mark + "(?![\\p{L}\\p{N}])";
            rules.add(DateRule.of(before ? Start.words(marks) : Start.DIGIT, regex, (m, reference) -> Optional.of(
                    ResolvedDate.of("%04d".formatted(Integer.parseInt(m.group("year"))), Granularity.YEAR)))
                    .writtenAs(EraYears::writtenAsMark));
        }
        return rules;
    }

    private static boolean writtenAsMark(String text, Matcher m) {
        String mark = text.substring(m.start("mark"), m.end("mark"));
        return mark.contains(".") || mark.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
