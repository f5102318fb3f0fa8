package dev.polychron.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Prints a {@link PeerSummary} as the plain-text tables a build log shows. */
final class SummaryPrinter {

    private static final List<String> CALLED_OUT = List.of("vi", "el", "en");
    private static final int SLOWEST_SHOWN = 10;

    private SummaryPrinter() {
    }

    static void print(PeerSummary s, PrintStream out) {
        PeerSummary.Throughput t = s.throughput();
        out.printf(Locale.ROOT, "%nPeer date suites at %s: %d analyses in %.1f s, %.0f cases/s "
                + "(analyser built in %.1f s)%n%d latent or text-variant rows left out%n",
                s.peers(), t.analyses(), t.seconds(), t.perSecond(), t.analyzerStartSeconds(), s.skipped());
        if (!s.unreadable().isEmpty()) {
            out.println("Unreadable rows, left out: " + String.join(", ", s.unreadable()));
        }
        if (!s.missingFiles().isEmpty()) {
            out.println("Missing files: " + String.join(", ", s.missingFiles()));
        }
        out.println();
        out.println("Coarse pass rate, date-cases + recognizers, holidays apart: " + s.overallCoarse());
        out.println("  the same with holidays in:                                 " + s.overallWithHolidays());
        out.println("  date-cases alone (Duckling, dateparser), holidays apart:   " + s.dateCasesCoarse());
        out.println("  the same, Duckling's cases read NEAREST, not FUTURE:       " + s.dateCasesCoarseNearest());
        out.println();
        out.printf("%-24s %-24s %-24s%n", "source", "all grains", "coarse");
        s.sources().forEach(r -> out.printf("%-24s %-24s %-24s%n", r.source(), r.all(), r.coarse()));
        out.println();
        out.printf(Locale.ROOT, "Languages at 80%%: %d of %d (languages with >= %d coarse date-cases): %s%n",
                s.languagesAt80().size(), s.languagesCounted(), PeerSummary.LANGUAGE_MINIMUM, s.languagesAt80());
        out.printf(Locale.ROOT, "  the same, Duckling's cases read NEAREST: %d%n", s.languagesAt80Nearest().size());
        CALLED_OUT.forEach(lang -> s.languages().stream().filter(r -> r.lang().equals(lang)).findFirst()
                .ifPresent(r -> out.printf("  %s coarse: date-cases %s, recognizers %s%n", lang, r.coarse(),
                        r.recognizersCoarse())));
        out.println();
        out.println("Holidays (duckling), all grains: " + s.holidays() + ", coarse: " + s.holidaysCoarse());
        out.println("Negatives (no date expected): duckling " + s.negatives()
                + ", recognizers " + s.recognizersNegatives());
        out.println("Ambiguous recognizers cases, any reading: " + s.ambiguous());
        out.println("Open intervals, boundary value only: " + s.openIntervals());
        out.println();
        out.printf("%-36s %6s %9s %-22s %-22s%n", "running text", "texts", "expected", "span recall",
                "value recall");
        s.recall().forEach(r -> out.printf("%-36s %6d %9d %-22s %-22s%n", r.name(), r.documents(), r.expected(),
                new Tally(r.expected(), r.spansFound()), new Tally(r.expected(), r.valuesFound())));
        out.println("dateparser search texts expecting no date, none found: " + s.searchWithoutDates());
        out.println();
        out.printf(Locale.ROOT, "Errors inside analyze: %d; cases over %.0f ms: %d%n", s.errors(),
                PeerSummary.SLOW_MILLIS, s.slow().size());
        s.slow().stream().limit(SLOWEST_SHOWN)
                .forEach(c -> out.printf(Locale.ROOT, "  %8.0f ms  %s%n", c.millis(), c.id()));
        out.println();
        printLanguages(s.languages(), out);
    }

    private static void printLanguages(List<PeerSummary.LanguageRow> rows, PrintStream out) {
        String format = "%-10s %6s %7s %-22s %-22s%n";
        out.printf(format, "lang", "cases", "coarse", "coarse pass", "recognizers coarse");
        rows.forEach(r -> out.printf(format, r.lang(), r.cases(), r.coarse().cases(), percentOrDash(r.coarse()),
                r.recognizersCoarse()));
    }

    private static String percentOrDash(Tally tally) {
        Double percent = tally.percent();
        return Objects.isNull(percent) ? "-" : String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
