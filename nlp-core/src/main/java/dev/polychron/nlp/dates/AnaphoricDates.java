package dev.polychron.nlp.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.BoundedMemo;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dates that point back to the date told before them: "two days later", "hai ngày sau", "kể từ đó", "τότε" take
 * their value from the previous date mention of the text, moved by the count and unit they name; and counts that lean
 * on the date right after them, "3 days after Easter", "2 semaines avant le 13 mai", which make one mention with it.
 * The phrases are ours (anaphora.tsv), as CLDR's relative formats count from the present; spelled-out counts are read
 * with ICU's spell-out rules for the language.
 */
final class AnaphoricDates {

    /**
     * What a phrase may not follow, by language: Chinese "连续" (in a row) before an ordinal ("连续第二天下跌" falls a
     * second day running, not on the next day), and "将于", "再过" before a count ("将于三天后举行" is held three days
     * from now); English "over", "within" before a span ("over the next year"), and
     * "half", "than", "not", "from" before a count ("half a year later", "less than a year later", "up 5% from a year
     * earlier": no date counted from the one before), but not before the words that only point back ("up 7% from the
     * previous year", "over the following year": the year before or after the one told); Vietnamese words of a vague
     * count ("vài năm sau", a few years later: not the year after), and "thứ" before a weekday's number ("thứ Bảy tuần
     * sau" is next week's Saturday, not seven weeks later); Hindi "के" (of), which makes a count lean on the noun
     * before it ("हमले के दो हफ्ते बाद", two weeks after the attack).
     */
    private static final Map<String, String> NOT_AFTER = Map.of("zh", "(?<!连续|連續|将于|將於|将在|將在|再过|再過)",
            "hi", "(?<!के )",
            "en", "(?:(?=the (?:previous|preceding|following) )|(?<!over |within |throughout |half |than |not |from ))",
            "vi", "(?<!vai |may |nhieu |cac |thu )(?!thu )");
    /**
     * What a phrase may not follow, as written, where folding would make it another word: Vietnamese "những năm sau"
     * (the years after), not "Nhưng năm sau" (But the next year).
     */
    private static final Map<String, Set<String>> NOT_AFTER_WRITTEN = Map.of("vi", Set.of("những"));
    /**
     * What may not follow a phrase, by language: English "that" as a conjunction ("said that year after year"); a
     * German verb that "darauf" or "danach" belongs to ("zwei Jahre darauf gewartet", waited two years for it).
     */
    private static final Map<String, String> NOT_BEFORE = Map.of("en",
            "(?!\\s+(?:after|by|to|on)\\s+(?:year|month|week|day)\\b)",
            "de", "(?!\\s+(?:hin)?(?:ge)?(?:arbeit|wart|hoff|such|frag|drang)(?:et|t|en|e)?(?![\\p{L}\\p{N}]))");
    /**
     * The last word of a sentence whose verb tells the past, by language, where a "later-past" phrase counts from the
     * date before it only then: Turkish "-dı", "-di", "-du", "-dü" (and "t" after a voiceless consonant) with the
     * person's ending, and the reported "-mış" ("İki yıl sonra ilk albümünü çıkardı"); "İki yıl sonra halka açılacak"
     * (will go public in two years) counts from now; not the words that only end as such a verb ("şimdi", now;
     * "kendi", self), nor a sentence that asks or holds a future ("-acak", "-ecek").
     */
    private static final Map<String, Pattern> PAST_CLOSING = Map.of("tr", Pattern.compile(
            "(?!(?:şimdi|kendi|kedi|haydi|hadi|ayrıca)\\z)\\p{L}+(?:[dt][ıiuü]|m[ıiuü]ş(?:[dt][ıiuü]|t[ıiuü]r)?)"
                    + "(?:m|n|k|n[ıiuü]z|lar|ler)?"));
    /**
     * Words of the future or of a plan in a Chinese, Japanese or Korean sentence, whose count later counts from now
     * ("预计三年后将盈利", "3年後に黒字化を目指す", "3년 후 상장할 계획이다"), not from the date told before it.
     */
    private static final Map<String, Pattern> FUTURE_SENTENCE = Map.of(
            "zh", Pattern.compile("将(?![军领])|將(?![軍領])|计划|計劃|预计|預計|有望|打算|准备|準備|目标|目標"),
            "ja", Pattern.compile("予定|見込み|目指|計画|見通し|だろう|でしょう"),
            "ko", Pattern.compile("예정|계획|것이다|겠다|겠습니다"));
    /** Where a sentence ends, in spaced and in Chinese and Japanese writing. */
    private static final Pattern ANY_SENTENCE_END = Pattern.compile("[.!?\\n。！？]");
    /** A Turkish future form anywhere in the sentence: "olacak", "değişecek". */
    private static final Pattern FUTURE_FORM = Pattern.compile("\\p{L}[ae]c[ae]k(?!\\p{L})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\P{L}*\\z");
    private static final List<String> LINES = DataFiles.lines(AnaphoricDates.class, "anaphora.tsv");
    /** The anchors whose period a "period-" phrase keeps; a day's "same period" is its year's, vaguer than the day. */
    private static final Set<Granularity> PERIODS_KEPT = Set.of(Granularity.MONTH, Granularity.QUARTER);
    private static final Map<String, ChronoUnit> UNITS = Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS, "decade", ChronoUnit.DECADES);
    /** "A decade later" is the year ten on, not the decade after the one the year is in. */
    private static final Map<ChronoUnit, Granularity> UNIT_GRANULARITY = Map.of(ChronoUnit.DAYS, Granularity.DAY,
            ChronoUnit.WEEKS, Granularity.WEEK, ChronoUnit.MONTHS, Granularity.MONTH, ChronoUnit.YEARS, Granularity.YEAR,
            ChronoUnit.DECADES, Granularity.YEAR);
    /** A word's letters with the marks written on them. */
    private static final String WORD = "\\p{L}[\\p{L}\\p{M}]*+";
    /**
     * Possessive letter runs, with the vowel signs of the scripts that write them as marks ("दो", two): a space or
     * hyphen follows each, so giving letters back never helps, and the pattern is tried at every word of the text.
     */
    private static final String COUNT = "(?<n>\\d{1,3}|" + WORD + "(?:[ -]" + WORD + ")?)";
    /** Chinese and Japanese counts run straight into their unit ("三天后", "3日後"): digits or Han numerals. */
    private static final String HAN_COUNT = "(?<n>\\d{1,3}|[一二两兩三四五六七八九十]{1,3})";

    /** Lenient spell-out parsing takes near a millisecond a word, mostly on words that are no count at all. */
    private static final int REMEMBERED_COUNTS = 10_000;
    private static final Pattern HOLE = Pattern.compile("\\{n}|\\{unit}");
    private static final String COUNT_AND_UNIT = "{n} {unit}";
    /** The most word starts a count holds: three digits, or two letter runs. */
    private static final int COUNT_WORD_STARTS = 3;

    /**
     * One phrase: its pattern over folded text, where its matches begin, its longest fixed part and the most word
     * starts a match holds before it, which way it moves, whether the date right after it anchors it (else the date
     * before it), whether it holds a count, its unit (or the unit it names, or the dual that is two of it: Arabic
     * "يومين"), and whether it keeps the anchor's month or quarter ("cùng kỳ năm trước", the same period a year
     * before), and whether it counts from a date only where a past verb closes its sentence ({@link #PAST_CLOSING}).
     */
    private record Phrase(Pattern pattern, Start start, String fixedPart, int wordsBeforeFixedPart, int direction,
                          boolean anchoredAfter, boolean counted, ChronoUnit unit, Map<String, ChronoUnit> unitWords,
                          Map<String, ChronoUnit> duals, boolean keepsPeriod, boolean pastOnly) {
    }

    private final List<Phrase> phrases;
    private final Set<String> notAfterWritten;
    private final Map<String, ChronoUnit> unitWords;
    private final RuleBasedNumberFormat spelledOut;
    private final Map<String, Integer> listedCounts;
    private final Pattern pastClosing;
    private final Pattern futureSentence;
    /** The language's tense reader, null where it has none. */
    private final ClauseTense tense;
    /** The language's own lower case for spelled counts: Turkish "İki" is "iki", not "i̇ki" with a dot mark. */
    private final Locale lowerCase;
    private final BoundedMemo<String, Long> spelledCounts = new BoundedMemo<>(this::spelledCount, REMEMBERED_COUNTS);

    private AnaphoricDates(List<Phrase> phrases, Map<String, ChronoUnit> unitWords, ULocale locale, ClauseTense tense) {
        this.phrases = phrases;
        this.tense = tense;
        this.notAfterWritten = NOT_AFTER_WRITTEN.getOrDefault(locale.getLanguage(), Set.of());
        this.unitWords = unitWords;
        this.spelledOut = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        this.spelledOut.setLenientParseMode(true);
        this.listedCounts = SpelledNumbers.listedCounts(locale);
        this.pastClosing = PAST_CLOSING.get(locale.getLanguage());
        this.futureSentence = FUTURE_SENTENCE.get(locale.getLanguage());
        this.lowerCase = locale.toLocale();
    }

    static AnaphoricDates of(String language, ClauseTense tense) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        Map<String, ChronoUnit> unitWords = new HashMap<>();
        Map<String, ChronoUnit> duals = new HashMap<>();
        Map<String, List<String>> leaningWords = new HashMap<>();
        for (String line : LINES) {
            String[] fields = line.split("\t");
            if ((fields[0].equals("unit") || fields[0].equals("dual")) && fields[1].equals(code)) {
                for (String word : fields[3].split("\\|")) {
                    (fields[0].equals("unit") ? unitWords : duals).put(word, UNITS.get(fields[2]));
                }
            } else if (fields[0].equals("leans") && fields[1].equals(code)) {
                for (String word : fields[2].split("\\|")) {
                    leaningWords.put(word, List.of(fields[3].split("\\|")));
                }
            }
        }
        String unitAlternation = "(?<unit>" + Alternation.of(unitWords.keySet()) + ")";
        // Japanese and Chinese write no spaces: a phrase stands right against the words around it ("翌年に")
        boolean unspaced = DateRanges.UNSPACED.contains(code);
        // nor the decimals of a count: "1.5 days later" is no five days later
        String edgeBefore = (unspaced ? "" : "(?<![\\p{L}\\p{N}])(?!(?<=\\p{N}[.,])\\p{N})")
                + NOT_AFTER.getOrDefault(code, "");
        // "that year-on-year rise", "that week-long visit"
        String edgeAfter = (unspaced ? "" : "(?![\\p{L}\\p{N}]|-\\p{L})") + NOT_BEFORE.getOrDefault(code, "");
        List<Phrase> phrases = new ArrayList<>();
        for (String line : LINES) {
            String[] fields = line.split("\t");
            if (fields[0].equals(code)) {
                String count = unspaced ? HAN_COUNT : COUNT;
                // a dual stands for the count and its unit: "بعد يومين" (two days later) as "بعد ثلاثة أيام"
                String regex = PhraseTemplate.regex(fields[3], duals.isEmpty() || !fields[3].contains(COUNT_AND_UNIT)
                        ? Map.of("{n}", count, "{unit}", unitAlternation)
                        : Map.of(COUNT_AND_UNIT, "(?:" + count + " " + unitAlternation + "|(?<dual>"
                                + Alternation.of(duals.keySet()) + "))"));
                int direction = switch (fields[1]) {
                    case "later", "after", "later-past" -> 1;
                    case "earlier", "before", "period-earlier", "earlier-past" -> -1;
                    default -> 0;
                };
                boolean anchoredAfter = fields[1].equals("after") || fields[1].equals("before");
                String notLeaning = direction == 0 || anchoredAfter ? "" : notLeaning(fields[3], leaningWords);
                String[] fixedParts = HOLE.split(fields[3], -1);
                Start start = unspaced ? Start.ANYWHERE
                        : fixedParts[0].isEmpty() ? Start.WORD : Start.words(List.of(fixedParts[0]));
                String longest = Arrays.stream(fixedParts).map(String::strip)
                        .max(Comparator.comparingInt(String::length)).orElseThrow();
                int longestUnit = unitWords.keySet().stream().mapToInt(String::length).max().orElse(0);
                int wordsBefore = String.join("", fixedParts).length()
                        + COUNT_WORD_STARTS * count(fields[3], "{n}") + longestUnit * count(fields[3], "{unit}");
                phrases.add(new Phrase(Pattern.compile(edgeBefore + regex + edgeAfter + notLeaning),
                        start, longest, wordsBefore, direction, anchoredAfter, fields[3].contains("{n}"),
                        UNITS.get(fields[2]), unitWords, duals, fields[1].startsWith("period-"),
                        fields[1].endsWith("-past")));
            }
        }
        // "the day before Christmas" leans on Christmas, whatever date was told before it
        phrases.sort(Comparator.comparing(phrase -> !phrase.anchoredAfter()));
        return new AnaphoricDates(phrases, unitWords, ULocale.forLanguageTag(language), tense);
    }

    /**
     * What may not follow a phrase that ends with a word of {@code leaningWords} ("después", "later"): the words that
     * open what that word leans on ("dos años después de su muerte" counts from a death, "two days later than planned"
     * from a plan, not from the date told before; "después del 5 de mayo" is an "after" row's).
     */
    private static String notLeaning(String phrase, Map<String, List<String>> leaningWords) {
        List<String> words = leaningWords.get(phrase.substring(phrase.lastIndexOf(' ') + 1));
        if (words == null) {
            return "";
        }
        if (words.equals(List.of("*"))) {
            return "(?!\\s+[\\p{L}\\p{N}])";
        }
        // an elided article runs into its word: "deux ans après l'incendie"
        return words.stream().map(word -> Pattern.quote(word) + (word.endsWith("'") ? "" : "(?![\\p{L}\\p{N}])"))
                .collect(Collectors.joining("|", "(?!\\s+(?:", "))"));
    }

    /**
     * The anaphoric dates of a text, and the mentions held by its counted anaphoric phrases that no date anchors, which
     * are no dates of their own: Vietnamese "hai năm sau" (two years later) holds "năm sau" (next year).
     */
    record Found(List<DateMention> dates, List<DateMention> heldWithoutAnchor) {
    }

    /**
     * The anaphoric dates of the text that a date before them anchors, given where matches may begin in its folded
     * form and the other mentions in text order; none overlaps those mentions, except that a count leaning on the
     * date after it ends where that date ends, and that it may hold one, which it then replaces: Arabic "اليوم التالي"
     * (the following day) holds "اليوم" (today).
     */
    Found find(String text, MatchStarts folded, List<DateMention> mentions, LocalDate reference) {
        List<DateMention> found = new ArrayList<>();
        List<DateMention> heldWithoutAnchor = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (!folded.text().contains(phrase.fixedPart())) {
                continue;
            }
            Consumer<Matcher> onMatch = m -> {
                if (!date(phrase, m, text, mentions, found, heldWithoutAnchor, reference) && phrase.counted()
                        && m.group("n") != null) {
                    // "met two days later": the count is the second of two letter runs, not both
                    String count = m.group("n");
                    int gap = count.indexOf(' ') >= 0 ? count.indexOf(' ') : count.indexOf('-');
                    Matcher shorter = phrase.pattern().matcher(folded.text()).useTransparentBounds(true);
                    // but not the end of a number joined by a word: "treinta y dos años después", "vingt et un ans"
                    String before = RelativeDates.wordBefore(folded.text(), m.start("n"));
                    if (gap > 0 && (before.isEmpty() || count(before) == 0)
                            && shorter.region(m.start("n") + gap + 1, text.length()).lookingAt()) {
                        date(phrase, shorter, text, mentions, found, heldWithoutAnchor, reference);
                    }
                }
            };
            if (phrase.start() == Start.WORD) {
                // a phrase opening with its count is found near its fixed part, not tried at every word
                folded.forEachNear(phrase.pattern(), phrase.fixedPart(), phrase.wordsBeforeFixedPart(), onMatch);
            } else {
                folded.forEach(phrase.pattern(), phrase.start(), onMatch);
            }
        }
        return new Found(found, heldWithoutAnchor);
    }

    /**
     * Adds the date of one match to {@code found} when it is free and anchored, and whether it did; when it is free,
     * holds a count (or names the same period, "cette année-là") and gets no date, the shorter mentions it holds to
     * {@code heldWithoutAnchor}.
     */
    private boolean date(Phrase phrase, Matcher m, String text, List<DateMention> mentions, List<DateMention> found,
                         List<DateMention> heldWithoutAnchor, LocalDate reference) {
        int start = m.start();
        int end = m.end();
        if (notAfterWritten.contains(RelativeDates.wordBefore(text, start).toLowerCase(Locale.ROOT))
                || phrase.pastOnly() && !closesInPast(text, start, end)
                || phrase.counted() && futureSentence != null && futureSentence.matcher(sentence(text, start, end))
                        .find()) {
            return false;
        }
        boolean free = mentions.stream().noneMatch(d -> d.start() < end && start < d.end() && !holds(start, end, d))
                && found.stream().noneMatch(d -> d.start() < end && start < d.end());
        Optional<DateMention> anchor = phrase.anchoredAfter()
                ? mentions.stream().filter(d -> d.start() >= end && d.rangeEnd() == null
                        && text.substring(end, d.start()).isBlank()).findFirst()
                : told(mentions, found).filter(d -> d.end() <= start && !isTimeOfDay(d)
                        && !(phrase.unit() == ChronoUnit.YEARS && yearOf(d, text, start)))
                .max(Comparator.comparingInt(DateMention::start))
                .or(() -> countsFromReference(phrase, text, start, end, mentions, found)
                        ? Optional.of(referenceDay(reference)) : Optional.empty());
        Optional<ResolvedDate> date = free ? anchor.flatMap(a -> resolve(phrase, m, text, a)) : Optional.empty();
        // a counted phrase with no date before it to count from ("hai năm sau", two years later) is no date, and
        // neither is the relative date it holds ("năm sau", next year); nor is "ce matin" in "ce matin-là" when the
        // date before it gives no day; one that the date before it is too vague for ("十年后 … 三周后") is none either,
        // not even CLDR's "in three weeks" that it is spelt the same as; nor, in a past sentence, what CLDR reads the
        // same words as ("iki yıl sonra", in two years)
        boolean pointsBack = phrase.counted()
                ? count(m, text) > 0
                : phrase.direction() == 0 && phrase.unit() != null;
        if (free && date.isEmpty() && pointsBack) {
            mentions.stream().filter(d -> holds(start, end, d)
                            && (d.end() - d.start() < end - start || anchor.isPresent() || phrase.pastOnly()))
                    .forEach(heldWithoutAnchor::add);
        }
        if (date.isEmpty()) {
            return false;
        }
        int last = phrase.anchoredAfter() ? anchor.get().end() : end;
        found.add(new DateMention(text.substring(start, last), start, last, date.get().value(),
                date.get().granularity(), null, null, false));
        return true;
    }

    /**
     * Whether a phrase that points back to a date counts from the reference instead, as the text tells no date before
     * it: only one that stands alone as its sentence ("2 days later", "la veille", a query or a heading). In a story the
     * phrase counts from a day the text does not give, whatever its tense: "Two days later, the army left", "The victim
     * had arrived the day before", "He said the talks would resume two days later". Where another reading from the
     * reference spans it all ("2ヶ月後", in two months; Vietnamese "tháng sáu", June, folded as "tháng sau"), that one
     * stands.
     */
    private static boolean countsFromReference(Phrase phrase, String text, int start, int end,
                                               List<DateMention> mentions, List<DateMention> found) {
        return !phrase.anchoredAfter() && phrase.direction() != 0 && !phrase.pastOnly()
                && told(mentions, found).noneMatch(d -> d.end() <= start || d.start() == start && d.end() == end)
                && sentence(text, start, end).strip().equals(text.substring(start, end));
    }

    /** The reference day as a mention to count from, written nowhere in the text. */
    private static DateMention referenceDay(LocalDate reference) {
        return new DateMention("", 0, 0, reference.toString(), Granularity.DAY, null, null, false);
    }

    /**
     * Whether the phrase at {@code [start, from)} is told in the past: its sentence ends with a verb of {@link
     * #PAST_CLOSING}, or, in a language without such verbs, its clause tells the past (Greek "Την επόμενη εβδομάδα
     * ανακοινώθηκαν νέα μέτρα", the following week; "την επόμενη εβδομάδα θα ανακοινωθούν", next week).
     */
    private boolean closesInPast(String text, int start, int from) {
        if (pastClosing == null) {
            return tense != null && tense.told(text, start, from) == ClauseTense.Tense.PAST;
        }
        Matcher end = SENTENCE_END.matcher(text).region(from, text.length());
        boolean found = end.find();
        if (found && text.charAt(end.start()) == '?') {
            return false;
        }
        String sentence = text.substring(from, found ? end.start() : text.length());
        Matcher last = LAST_WORD.matcher(sentence);
        return last.find() && pastClosing.matcher(last.group(1).toLowerCase(lowerCase)).matches()
                && !FUTURE_FORM.matcher(sentence).find();
    }

    /** The sentence that holds {@code [start, end)}. */
    private static String sentence(String text, int start, int end) {
        int from = 0;
        Matcher before = ANY_SENTENCE_END.matcher(text).region(0, start);
        while (before.find()) {
            from = before.end();
        }
        Matcher after = ANY_SENTENCE_END.matcher(text).region(end, text.length());
        return text.substring(from, after.find() ? after.start() : text.length());
    }

    /**
     * The dates told so far: the anaphoric ones found, and the other mentions but those they replace, so that "两年后"
     * after "十年后" counts from the year ten on, not from CLDR's ten years from now that the phrase replaced.
     */
    private static Stream<DateMention> told(List<DateMention> mentions, List<DateMention> found) {
        return Stream.concat(found.stream(), mentions.stream()
                .filter(d -> found.stream().noneMatch(f -> f.start() < d.end() && d.start() < f.end())));
    }

    /**
     * Whether the phrase at {@code start} gives the year of {@code mention}, a month or day written without one right
     * before it ("June that year", "3 juin de cette année-là"), which it does not count from.
     */
    private static boolean yearOf(DateMention mention, String text, int start) {
        return DaysInRelativeYears.isYearless(mention, written -> false)
                && DaysInRelativeYears.isGap(text.substring(mention.end(), start).toLowerCase(Locale.ROOT));
    }

    /** A time of day, which until it is joined to its day ("at 11pm") is dated by the reference, not by the text. */
    private static boolean isTimeOfDay(DateMention mention) {
        return mention.granularity().compareTo(Granularity.DAY) < 0;
    }

    /** Whether {@code [start, end)} spans all of {@code inner}. */
    static boolean holds(int start, int end, DateMention inner) {
        return start <= inner.start() && inner.end() <= end;
    }

    private static int count(String template, String hole) {
        int holes = 0;
        for (int at = template.indexOf(hole); at >= 0; at = template.indexOf(hole, at + 1)) {
            holes++;
        }
        return holes;
    }

    private Optional<ResolvedDate> resolve(Phrase phrase, Matcher m, String text, DateMention anchor) {
        Optional<LocalDate> anchorDay = firstDay(anchor.value(), anchor.granularity());
        if (anchorDay.isEmpty()) {
            return Optional.empty();
        }
        if (phrase.direction() == 0) {
            return phrase.unit() == null ? Optional.of(ResolvedDate.of(anchor.value(), anchor.granularity()))
                    : sameUnit(anchorDay.get(), anchor.granularity(), phrase.unit());
        }
        ChronoUnit unit = phrase.unit() != null ? phrase.unit() : m.group("unit") != null
                ? phrase.unitWords().get(m.group("unit")) : phrase.duals().get(m.group("dual"));
        long count = phrase.unit() != null ? 1 : count(m, text);
        if (count <= 0) {
            return Optional.empty();
        }
        LocalDate moved = anchorDay.get().plus(phrase.direction() * count, unit);
        // "two months later" is as vague as its unit, "two months after next Friday" as precise as its date, and
        // "the month after Christmas" a month
        Granularity precision = phrase.anchoredAfter() && phrase.unit() == null ? Granularity.DAY
                : phrase.keepsPeriod() && PERIODS_KEPT.contains(anchor.granularity()) ? anchor.granularity()
                : UNIT_GRANULARITY.get(unit);
        if (!phrase.anchoredAfter() && anchor.granularity().compareTo(precision) > 0) {
            // "founded in 2014. The previous week, ..." counts from a day the text does not give
            return Optional.empty();
        }
        Granularity granularity = anchor.granularity().compareTo(precision) > 0 ? anchor.granularity() : precision;
        return Optional.of(ResolvedDate.of(format(moved, granularity), granularity));
    }

    /**
     * The day, week, month or year {@code unit} of a "same" phrase ("同日", "同年", "이날") that holds the anchor's
     * first day; none where the anchor is vaguer than the unit ("2014年5月. 同日" gives no day).
     */
    private static Optional<ResolvedDate> sameUnit(LocalDate anchorDay, Granularity anchorGranularity,
                                                   ChronoUnit unit) {
        Granularity granularity = UNIT_GRANULARITY.get(unit);
        return anchorGranularity.compareTo(granularity) > 0 ? Optional.empty()
                : Optional.of(ResolvedDate.of(format(anchorDay, granularity), granularity));
    }

    /** The language's unit words, folded ("days", "jours"), by the unit each names. */
    Map<String, ChronoUnit> unitWords() {
        return unitWords;
    }

    /** The count a counted phrase's match tells: its count's, or two for a dual ("بعد يومين", two days later). */
    private long count(Matcher m, String text) {
        return m.group("n") == null ? 2 : count(text.substring(m.start("n"), m.end("n")).toLowerCase(lowerCase));
    }

    /** A count in digits or spelled out ("two", "hai", "δύο"), or a word counting one ("a"); 0 when it is neither. */
    long count(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(written);
        }
        Integer listed = listedCounts.get(TextFolding.fold(written));
        return listed != null ? listed : spelledCounts.apply(written);
    }

    private long spelledCount(String written) {
        ParsePosition position = new ParsePosition(0);
        Number number;
        // one formatter per language serves every analysing thread, and ICU's formatters are not thread-safe
        synchronized (spelledOut) {
            number = spelledOut.parse(written, position);
        }
        return number != null && position.getIndex() == written.length() ? number.longValue() : 0;
    }

    private static Optional<LocalDate> firstDay(String value, Granularity granularity) {
        try {
            return switch (granularity) {
                case DAY -> Optional.of(LocalDate.parse(value.substring(0, 10)));
                case WEEK -> Optional.of(CalendarUnits.mondayOf(Integer.parseInt(value.substring(0, 4)),
                        Integer.parseInt(value.substring(6))));
                case MONTH -> Optional.of(LocalDate.parse(value + "-01"));
                case QUARTER -> Optional.of(LocalDate.of(Integer.parseInt(value.substring(0, 4)),
                        Integer.parseInt(value.substring(6)) * 3 - 2, 1));
                case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String format(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case YEAR -> EraYears.timexYear(day.getYear());
            case QUARTER -> CalendarUnits.of(day.atStartOfDay(), IsoFields.QUARTER_YEARS).value();
            case MONTH -> day.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            case WEEK -> CalendarUnits.of(day.atStartOfDay(), ChronoUnit.WEEKS).value();
            default -> day.toString();
        };
    }
}
