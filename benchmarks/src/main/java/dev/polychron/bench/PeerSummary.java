package dev.polychron.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures of one peer run; holiday cases are kept out of the source, language and overall rates.
 *
 * @param overallCoarse          coarse date cases of date-cases and recognizers-date-cases, holidays apart
 * @param overallWithHolidays    the same with the holiday cases in, as the peers' own rule counts
 * @param dateCasesCoarse        coarse cases of date-cases alone (Duckling and dateparser), holidays apart: the
 *                               suite the dates issue sets its 85% target on; each read with its peer's preference
 * @param dateCasesCoarseNearest the same, every case read with the default preference, as news is
 * @param languagesCounted       languages with at least {@value #LANGUAGE_MINIMUM} coarse cases in date-cases
 * @param languagesAt80          those of them whose coarse pass rate is at least 80%
 * @param languagesAt80Nearest   the same, every case read with the default preference
 * @param searchWithoutDates     dateparser search texts that expect no date: passed when none is found
 */
public record PeerSummary(String peers, Throughput throughput, int skipped, List<String> unreadable,
                          List<String> missingFiles,
                          Tally overallCoarse, Tally overallWithHolidays, Tally dateCasesCoarse,
                          Tally dateCasesCoarseNearest, List<SourceRow> sources,
                          List<LanguageRow> languages, int languagesCounted, List<String> languagesAt80,
                          List<String> languagesAt80Nearest,
                          Tally holidays, Tally holidaysCoarse, Tally negatives, Tally recognizersNegatives,
                          Tally ambiguous, Tally openIntervals, List<RecallRow> recall, Tally searchWithoutDates,
                          int errors, List<SlowCase> slow) {

    static final int LANGUAGE_MINIMUM = 10;
    static final double SLOW_MILLIS = 1000;
    private static final List<String> SOURCE_ORDER =
            List.of("duckling", "dateparser", "dateparser-translation", "recognizers");

    /** Analyses made, their time and rate, and the time to build the analyser. */
    public record Throughput(int analyses, double seconds, double perSecond, double analyzerStartSeconds) {
    }

    /** The rates of one peer, on all its cases and on its coarse ones. */
    public record SourceRow(String source, Tally all, Tally coarse) {
    }

    /**
     * The rates of one language.
     *
     * @param cases             its date-cases, holidays apart
     * @param coarse            its coarse date-cases
     * @param recognizersCoarse its coarse recognizers-date-cases
     */
    public record LanguageRow(String lang, int cases, Tally coarse, Tally recognizersCoarse) {
    }

    /**
     * Recall of the dates expected in running text.
     *
     * @param spansFound  expected dates that some date found overlaps
     * @param valuesFound expected dates that some overlapping date found also gives a reading of
     */
    public record RecallRow(String name, int documents, int expected, int spansFound, int valuesFound) {

        @JsonProperty("spanRecallPercent")
        public Double spanRecall() {
            return expected == 0 ? null : 100.0 * spansFound / expected;
        }

        @JsonProperty("valueRecallPercent")
        public Double valueRecall() {
            return expected == 0 ? null : 100.0 * valuesFound / expected;
        }
    }

    /** A case that took more than a second. */
    public record SlowCase(String id, double millis) {
    }

    public static PeerSummary of(String peers, PeerRun run) {
        List<CaseResult> cases = run.cases();
        List<CaseResult> dated = dated(cases);
        List<CaseResult> main = select(dated, r -> !r.peerCase().holiday());
        List<CaseResult> mainNearest = select(dated(run.casesNearest()), r -> !r.peerCase().holiday());
        List<CaseResult> holidays = select(dated, r -> r.peerCase().holiday());
        List<LanguageRow> languages = languages(main);
        double seconds = run.elapsed().toNanos() / 1e9;
        return new PeerSummary(peers,
                new Throughput(run.analyses(), seconds, run.analyses() / seconds, run.analyzerStart().toNanos() / 1e9),
                run.files().skipped(), run.files().unreadable(), run.files().missing(),
                Tally.of(select(main, CaseResult::coarse)), Tally.of(select(dated, CaseResult::coarse)),
                dateCasesCoarse(main), dateCasesCoarse(mainNearest),
                sources(main), languages, counted(languages).size(), at80(languages), at80(languages(mainNearest)),
                Tally.of(holidays), Tally.of(select(holidays, CaseResult::coarse)),
                Tally.of(select(cases, r -> r.peerCase().suite() == Suite.NEGATIVES)),
                Tally.of(select(cases, r -> r.peerCase().suite() == Suite.RECOGNIZERS_NEGATIVES)),
                Tally.of(select(cases, r -> r.peerCase().suite() == Suite.AMBIGUOUS)),
                Tally.of(select(cases, r -> r.peerCase().suite() == Suite.OPEN_INTERVALS)),
                recall(run.documents()), searchWithoutDates(run.documents()),
                errors(run), slow(run));
    }

    private static List<CaseResult> dated(List<CaseResult> cases) {
        return select(cases, r -> r.peerCase().suite() == Suite.DATES || r.peerCase().suite() == Suite.RECOGNIZERS);
    }

    private static Tally dateCasesCoarse(List<CaseResult> main) {
        return Tally.of(select(main, r -> r.coarse() && r.peerCase().suite() == Suite.DATES));
    }

    private static List<LanguageRow> counted(List<LanguageRow> languages) {
        return languages.stream().filter(l -> l.coarse().cases() >= LANGUAGE_MINIMUM).toList();
    }

    private static List<String> at80(List<LanguageRow> languages) {
        return counted(languages).stream().filter(l -> l.coarse().percent() >= 80).map(LanguageRow::lang).toList();
    }

    private static List<CaseResult> select(List<CaseResult> results, Predicate<CaseResult> filter) {
        return results.stream().filter(filter).toList();
    }

    private static List<SourceRow> sources(List<CaseResult> main) {
        Map<String, List<CaseResult>> bySource = main.stream()
                .collect(Collectors.groupingBy(r -> r.peerCase().source(), LinkedHashMap::new, Collectors.toList()));
        return bySource.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> SOURCE_ORDER.contains(e.getKey())
                        ? SOURCE_ORDER.indexOf(e.getKey()) : SOURCE_ORDER.size()))
                .map(e -> new SourceRow(e.getKey(), Tally.of(e.getValue()), Tally.of(select(e.getValue(),
                        CaseResult::coarse))))
                .toList();
    }

    private static List<LanguageRow> languages(List<CaseResult> main) {
        Map<String, List<CaseResult>> dates = byLanguage(main, Suite.DATES);
        Map<String, List<CaseResult>> recognizers = byLanguage(main, Suite.RECOGNIZERS);
        TreeSet<String> all = new TreeSet<>(dates.keySet());
        all.addAll(recognizers.keySet());
        return all.stream()
                .map(lang -> new LanguageRow(lang, dates.getOrDefault(lang, List.of()).size(),
                        Tally.of(select(dates.getOrDefault(lang, List.of()), CaseResult::coarse)),
                        Tally.of(select(recognizers.getOrDefault(lang, List.of()), CaseResult::coarse))))
                .sorted(Comparator.comparingInt(LanguageRow::cases).reversed()
                        .thenComparing(Comparator.comparingInt((LanguageRow l) -> l.recognizersCoarse().cases())
                                .reversed())
                        .thenComparing(LanguageRow::lang))
                .toList();
    }

    private static Map<String, List<CaseResult>> byLanguage(List<CaseResult> results, Suite suite) {
        return results.stream().filter(r -> r.peerCase().suite() == suite)
                .collect(Collectors.groupingBy(r -> Objects.requireNonNullElse(r.peerCase().lang(), "none")));
    }

    private static List<RecallRow> recall(List<DocumentResult> documents) {
        List<DocumentResult> search = documents.stream().filter(d -> d.document().suite() == Suite.SEARCH).toList();
        List<DocumentResult> chrono = documents.stream()
                .filter(d -> "chrono-wikiwars".equals(d.document().source())).toList();
        List<DocumentResult> recognizers = documents.stream()
                .filter(d -> "recognizers".equals(d.document().source())).toList();
        return List.of(
                recallRow("dateparser search", search, e -> true),
                recallRow("chrono-wikiwars vi, peer's own", chrono, e -> "peer".equals(e.origin())),
                recallRow("chrono-wikiwars vi, with repeats", chrono, e -> true),
                recallRow("recognizers documents", recognizers, e -> true));
    }

    private static RecallRow recallRow(String name, List<DocumentResult> documents, Predicate<ExpectedMention> kept) {
        List<Map.Entry<DocumentResult, ExpectedMention>> expected = documents.stream()
                .flatMap(d -> d.document().expected().stream().filter(kept).map(e -> Map.entry(d, e)))
                .toList();
        int spans = (int) expected.stream().filter(p -> p.getKey().spanFound(p.getValue())).count();
        int values = (int) expected.stream().filter(p -> p.getKey().valueFound(p.getValue())).count();
        int withExpected = (int) documents.stream().filter(d -> d.document().expected().stream().anyMatch(kept))
                .count();
        return new RecallRow(name, withExpected, expected.size(), spans, values);
    }

    private static Tally searchWithoutDates(List<DocumentResult> documents) {
        List<DocumentResult> empty = documents.stream()
                .filter(d -> d.document().suite() == Suite.SEARCH && d.document().expected().isEmpty()).toList();
        return new Tally(empty.size(), (int) empty.stream()
                .filter(d -> !d.outcome().failed() && d.outcome().dates().isEmpty()).count());
    }

    private static Stream<Map.Entry<String, Outcome>> outcomes(PeerRun run) {
        return Stream.concat(run.cases().stream().map(r -> Map.entry(r.peerCase().id(), r.outcome())),
                run.documents().stream().map(d -> Map.entry(d.document().id(), d.outcome())));
    }

    private static int errors(PeerRun run) {
        return (int) outcomes(run).filter(e -> e.getValue().failed()).count();
    }

    private static List<SlowCase> slow(PeerRun run) {
        return outcomes(run).filter(e -> e.getValue().millis() > SLOW_MILLIS)
                .map(e -> new SlowCase(e.getKey(), e.getValue().millis()))
                .sorted(Comparator.comparingDouble(SlowCase::millis).reversed())
                .toList();
    }
}
