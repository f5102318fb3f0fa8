package dev.polychron.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The data files shipped with nlp-core: lines of text, where blank lines and lines starting with # are left out. */
public final class DataFiles {

    private DataFiles() {
    }

    /** The data lines of {@code resource}, found beside {@code anchor}'s class file, each stripped. */
    public static List<String> lines(Class<?> anchor, String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** A file of "language TAB word|word|..." lines: the words of each language, folded (see {@link TextFolding}). */
    public static Map<String, List<String>> foldedWordsByLanguage(Class<?> anchor, String resource) {
        return foldedWords(anchor, resource, 1);
    }

    /**
     * A file of "key TAB word|word|... TAB ..." lines: the words of one column by the key in the first, folded; a
     * line whose column is missing or "-" has none.
     */
    public static Map<String, List<String>> foldedWords(Class<?> anchor, String resource, int column) {
        Map<String, List<String>> words = new HashMap<>();
        for (String line : lines(anchor, resource)) {
            String[] columns = line.split("\t");
            if (columns.length > column && !columns[column].equals("-")) {
                words.put(columns[0], List.of(columns[column].split("\\|")).stream().map(TextFolding::fold).toList());
            }
        }
        return words;
    }
}
