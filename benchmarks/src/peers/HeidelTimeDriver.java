import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * HeidelTime 2.2.1 side of the NLP speed comparison, run as a child process with the {@code java} source launcher so
 * that the GPL jar never enters our compiled code. Arguments: a manifest (lines {@code lang TAB yyyy-mm-dd TAB file})
 * and the least number of seconds to measure. One untimed warm-up pass, then whole passes until the time is used;
 * only {@code process} calls are timed. Prints one JSON line with the totals.
 */
public final class HeidelTimeDriver {

    private static final Map<String, String> LANGUAGES = Map.of("en", "english", "de", "german", "fr", "french",
            "vi", "vietnamese", "ru", "russian", "es", "spanish", "it", "italian", "nl", "dutch", "el", "auto-greek");
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3 ");

    record Doc(String lang, Date reference, String text, int bytes) {
    }

    public static void main(String[] args) throws Exception {
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            String text = Files.readString(Path.of(f[2]), StandardCharsets.UTF_8);
            Date reference = Date.from(LocalDate.parse(f[1]).atStartOfDay().toInstant(ZoneOffset.UTC));
            docs.add(new Doc(f[0], reference, text, text.getBytes(StandardCharsets.UTF_8).length));
        }
        double minSeconds = Double.parseDouble(args[1]);
        Path config = writeConfig();
        Map<String, HeidelTimeStandalone> taggers = new HashMap<>();
        for (Doc doc : docs) {
            taggers.computeIfAbsent(doc.lang(), lang -> new HeidelTimeStandalone(
                    Language.getLanguageFromString(LANGUAGES.getOrDefault(lang, "english")), DocumentType.NEWS,
                    OutputType.TIMEML, config.toString(), POSTagger.NO));
        }
        pass(docs, taggers);
        long nanos = 0;
        int passes = 0;
        long dates = 0;
        while (passes == 0 || nanos < minSeconds * 1e9) {
            long start = System.nanoTime();
            dates = pass(docs, taggers);
            nanos += System.nanoTime() - start;
            passes++;
        }
        long bytes = docs.stream().mapToLong(Doc::bytes).sum();
        System.out.printf(java.util.Locale.ROOT, "{\"passes\":%d,\"documents\":%d,\"bytes\":%d,\"seconds\":%.4f,"
                + "\"dates\":%d}%n", passes, docs.size() * passes, bytes * passes, nanos / 1e9, dates);
    }

    private static long pass(List<Doc> docs, Map<String, HeidelTimeStandalone> taggers) throws Exception {
        long dates = 0;
        for (Doc doc : docs) {
            String timeml = taggers.get(doc.lang()).process(doc.text(), doc.reference());
            dates += TIMEX.matcher(timeml).results().count();
        }
        return dates;
    }

    /** Dates, times, durations and sets on, as HeidelTime's own config.props ships them; no POS tagger paths. */
    private static Path writeConfig() throws Exception {
        Properties props = new Properties();
        props.setProperty("considerDate", "true");
        props.setProperty("considerDuration", "true");
        props.setProperty("considerSet", "true");
        props.setProperty("considerTime", "true");
        props.setProperty("considerTemponym", "false");
        props.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
        props.setProperty("typeSystemHome_DKPro", "desc/type/DKProCore_TypeSystem.xml");
        props.setProperty("uimaVarDate", "Date");
        props.setProperty("uimaVarDuration", "Duration");
        props.setProperty("uimaVarLanguage", "Language");
        props.setProperty("uimaVarSet", "Set");
        props.setProperty("uimaVarTime", "Time");
        props.setProperty("uimaVarTemponym", "Temponym");
        props.setProperty("uimaVarTypeToProcess", "Type");
        props.setProperty("ConvertDurations", "true");
        Path file = Files.createTempFile("heideltime", ".props");
        file.toFile().deleteOnExit();
        try (var out = Files.newOutputStream(file)) {
            props.store(out, "HeidelTime settings for the speed comparison");
        }
        return file;
    }
}
