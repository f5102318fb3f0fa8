package dev.polychron.system;

import dev.polychron.local.StackOptions;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same documents in any order give the same timeline: the samples (and the seeds of ../shared when beside the
 * checkout) uploaded in one order, deleted, uploaded again in a shuffled order, then reprocessed in another one —
 * each time the same events, an event being its date value and its set of source sentences.
 */
@ExtendWith(SharedSystem.class)
class ShuffledOrderIT {

    private static final Path ROOT = StackOptions.findRoot(Path.of(""));
    private static final Duration SETTLED = Duration.ofSeconds(120);
    private static SystemUnderTest system;

    @BeforeAll
    static void useSystem(SystemUnderTest shared) {
        system = shared;
    }

    @Test
    void shouldBuildTheSameTimelineWhateverTheOrderOfUploadsAndReprocessing() throws IOException {
        List<Upload> uploads = uploads();
        Set<String> ids = new TreeSet<>();
        for (Upload upload : uploads) {
            ids.add(upload.send());
        }
        ids.forEach(id -> system.awaitIndexedAfter(id, Instant.EPOCH, SETTLED));
        Map<String, Set<String>> first = timelineOf(ids);
        assertThat(first).isNotEmpty();

        ids.forEach(id -> system.writer().delete("/api/documents/" + id).then().statusCode(204));
        assertThat(timelineOf(ids)).as("nothing left of the deleted documents").isEmpty();

        List<Upload> shuffled = new ArrayList<>(uploads);
        Collections.shuffle(shuffled, new Random(20261124L));
        for (Upload upload : shuffled) {
            upload.send();
        }
        ids.forEach(id -> system.awaitIndexedAfter(id, Instant.EPOCH, SETTLED));
        assertThat(timelineOf(ids)).as("uploaded again, shuffled").isEqualTo(first);

        Map<String, Instant> analyzed = new HashMap<>();
        ids.forEach(id -> analyzed.put(id, system.analyzedAt(id)));
        List<String> reprocessOrder = new ArrayList<>(ids);
        Collections.shuffle(reprocessOrder, new Random(7L));
        reprocessOrder.forEach(id -> system.writer().post("/api/documents/" + id + "/reprocess").then()
                .statusCode(202));
        ids.forEach(id -> system.awaitIndexedAfter(id, analyzed.get(id), SETTLED));
        assertThat(timelineOf(ids)).as("reprocessed in another order").isEqualTo(first);
    }

    /** One article as its JSON upload, or as plain text (the seeds). */
    private record Upload(String contentType, byte[] body) {

        String send() {
            return system.writer().contentType(contentType).body(body).post("/api/documents").then().statusCode(202)
                    .extract().path("id");
        }
    }

    private static List<Upload> uploads() throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (Path sample : files(ROOT.resolve("samples"), ".json")) {
            uploads.add(new Upload(ContentType.JSON.toString(), Files.readAllBytes(sample)));
        }
        Path seeds = ROOT.resolve("../shared/seeds").normalize();
        if (Files.isDirectory(seeds)) {
            for (Path seed : files(seeds, ".txt")) {
                uploads.add(new Upload("text/plain; charset=UTF-8", Files.readAllBytes(seed)));
            }
        }
        return uploads;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Every event with a source in one of the documents: its date value, and its source sentences. */
    private static Map<String, Set<String>> timelineOf(Set<String> documentIds) {
        Map<String, Set<String>> events = new TreeMap<>();
        String cursor = null;
        do {
            JsonPath page = system.api().queryParam("limit", 1000).queryParam("cursor", cursor)
                    .get("/api/timeline").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> pageEvents = page.getList("events");
            for (Map<String, Object> event : pageEvents) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> sources = (List<Map<String, Object>>) event.get("sources");
                if (sources.stream().anyMatch(s -> documentIds.contains((String) s.get("documentId")))) {
                    Set<String> keys = new TreeSet<>();
                    sources.forEach(s -> keys.add(s.get("documentId") + ":" + s.get("start") + ":" + s.get("end")));
                    @SuppressWarnings("unchecked")
                    String value = ((Map<String, Object>) event.get("date")).get("value") + " " + keys.iterator()
                            .next();
                    events.put(value, keys);
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return events;
    }
}
