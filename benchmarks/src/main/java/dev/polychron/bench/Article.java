package dev.polychron.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * One text the throughput benchmark analyses.
 *
 * @param language its BCP 47 tag, or null to let the analyser detect it
 */
public record Article(String name, String text, String language, LocalDateTime reference) {

    public int utf8Bytes() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
