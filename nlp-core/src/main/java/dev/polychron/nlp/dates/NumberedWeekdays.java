package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.nlp.text.TextFolding;

import java.text.Normalizer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese weekdays written with their number, "thứ 2" to "thứ 7", which the rules read over folded text: only as
 * written, not "doanh thu 3 tỷ" (revenue of 3 billion) nor "Thư 3" (letter 3); and not as the ordinal of the noun
 * before them, "lần thứ 3" (the third time), "con thứ 2" (the second child), "đứng thứ 3" (ranks third), unless that
 * word puts the day in time ("vào thứ 3", "sáng thứ 5", "từ thứ 2 đến thứ 6") or the day stands with its week ("họp
 * thứ 5 tuần sau"). "ngày" is no such word, as "ngày thứ 3" is the third day.
 */
final class NumberedWeekdays {

    private static final Pattern NUMBERED = Pattern.compile("(?iu)([\\p{L}\\p{M}]{2,6}) ?[2-7](?!\\p{N})");
    private static final String WRITTEN = "thứ";
    private static final String FOLDED = "thu";
    private static final Pattern WORD_BEFORE = Pattern.compile("(?iu)([\\p{L}\\p{M}]+)\\s+\\z");
    private static final Pattern CUE = Pattern.compile(
            "(?iu)vào|hôm|sáng|trưa|chiều|tối|đêm|khuya|rạng|từ|đến|tới|và|hoặc|trước");
    /** How far before a mention its word before is read: the longest cue, decomposed, and its spaces. */
    private static final int REACH = 12;

    private NumberedWeekdays() {
    }

    static boolean writtenIn(String language) {
        return language.equals("vi") || language.startsWith("vi-");
    }

    /** Whether a mention opens with a numbered weekday not so written: "thu 3", "Thư 3". */
    static boolean notSoWritten(DateMention mention) {
        Matcher m = NUMBERED.matcher(mention.text());
        return m.lookingAt() && TextFolding.fold(m.group(1)).equals(FOLDED)
                && !Normalizer.normalize(m.group(1), Normalizer.Form.NFC).equalsIgnoreCase(WRITTEN);
    }

    /**
     * Whether a mention of {@code text} opens with a numbered weekday not so written, or is one alone that counts the
     * noun before it; read once the weekdays have joined their weeks ("họp thứ 5 tuần sau").
     */
    static Predicate<DateMention> misread(String text) {
        return mention -> {
            if (notSoWritten(mention)) {
                return true;
            }
            Matcher m = NUMBERED.matcher(mention.text());
            if (!m.matches() || !TextFolding.fold(m.group(1)).equals(FOLDED)) {
                return false;
            }
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, mention.start() - REACH),
                    mention.start()));
            return before.find()
                    && !CUE.matcher(Normalizer.normalize(before.group(1), Normalizer.Form.NFC)).matches();
        };
    }
}
