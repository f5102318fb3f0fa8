package dev.polychron.nlp.candidates;

import dev.polychron.events.DateMention;
import dev.polychron.nlp.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sentence tells several happenings: between two of its dates that cannot be the same day ("1963" and
 * "1987", not "1989" and "9 November 1989"), at the last clause mark (comma, semicolon, colon, dash) that
 * separates them. Dates that no clause mark separates ("between 1961 and 1989") stay together.
 */
final class Clauses {

    private static final String CLAUSE_MARKS = ",;:–—，；：、";

    private Clauses() {
    }

    /** The sentence cut into clauses that each hold at least one date; the sentence itself when it is one. */
    static List<Span> ofDates(String text, Span sentence, List<DateMention> dates) {
        List<Span> clauses = new ArrayList<>();
        int clauseStart = sentence.start();
        DateMention anchor = dates.get(0);
        for (DateMention date : dates.subList(1, dates.size())) {
            if (sameDay(anchor.value(), date.value())) {
                continue;
            }
            int mark = lastClauseMark(text, anchor.end(), date.start());
            if (mark >= 0) {
                clauses.add(new Span(clauseStart, mark + 1));
                clauseStart = mark + 1;
            }
            anchor = date;
        }
        clauses.add(new Span(clauseStart, sentence.end()));
        return clauses;
    }

    /** Two TIMEX values that can name the same time: one is a prefix of the other ("1989", "1989-11-09"). */
    private static boolean sameDay(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static int lastClauseMark(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (CLAUSE_MARKS.indexOf(c) >= 0 || c == '-' && i > 0 && text.charAt(i - 1) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
