package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.nlp.text.TextFolding;

import java.text.Normalizer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese weekdays written with their number, "thứ 2" to "thứ 7", which the rules read over folded text: only as
 * written, not "doanh thu 3 tỷ" (revenue of 3 billion) nor "Thư 3" (letter 3); and not as the ordinal of a noun that
 * counts ("lần thứ 3", the third time; "con thứ 2", the second child; "đứng thứ 3", ranks third; "ngày thứ 3", the
 * third day), unless the day stands with its week ("họp thứ 5 tuần sau"). After any other word it is the weekday:
 * "Hôm nay là thứ 3", "diễn ra thứ 2", "vào thứ 5".
 */
final class NumberedWeekdays {

    private static final Pattern NUMBERED = Pattern.compile("(?iu)([\\p{L}\\p{M}]{2,6}) ?[2-7](?!\\p{N})");
    private static final String WRITTEN = "thứ";
    private static final String FOLDED = "thu";
    private static final Pattern WORD_BEFORE = Pattern.compile("(?iu)([\\p{L}\\p{M}]+)\\s+\\z");
    /** The words that "thứ N" counts as an ordinal: times, children, ranks, days, rounds, sessions, chapters. */
    private static final Pattern COUNTED = Pattern.compile("(?iu)lần|con|đứng|hạng|xếp|về|người|ngày|tuần|tháng|năm"
            + "|giải|lớp|phần|chương|bài|tập|số|cái|chiếc|đội|trí|vòng|đợt|lượt|kỳ|khóa|phiên|cuộc|đời|điều|mục|trang");
    /** How far before a mention its word before is read: the longest counted word, decomposed, and its spaces. */
    private static final int REACH = 12;

    private NumberedWeekdays() {
    }

    static boolean writtenIn(String language) {
        return language.equals("vi") || language.startsWith("vi-");
    }

    /** Whether a mention opens with a numbered weekday not so written: "thu 3", "Thư 3". */
    private static boolean notSoWritten(DateMention mention) {
        Matcher m = NUMBERED.matcher(mention.text());
        return m.lookingAt() && TextFolding.fold(m.group(1)).equals(FOLDED)
                && !Normalizer.normalize(m.group(1), Normalizer.Form.NFC).equalsIgnoreCase(WRITTEN);
    }

    /**
     * Whether a mention of {@code text} opens with a numbered weekday not so written, or is one alone that counts the
     * noun before it.
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
                    && COUNTED.matcher(Normalizer.normalize(before.group(1), Normalizer.Form.NFC)).matches();
        };
    }
}
