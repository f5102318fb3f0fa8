package dev.polychron.bench.load;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OccurredAtScannerTest {

    private static final String STREAM = ": timeline changes\n\n"
            + "id: 7\nevent: updated\ndata: {\"eventId\":\"a\",\"occurredAt\":\"2031-03-09T10:15:30.123Z\","
            + "\"event\":{\"summary\":\"\\\"quoted\\\" \\\"occurredAt\\\" in a sentence\"}}\n\n"
            + "id: 8\nevent: deleted\ndata: {\"eventId\":\"b\",\"occurredAt\":\"2031-03-09T10:15:31Z\",\"event\":null}\n\n";

    @Test
    void shouldFindEachChangesTimeWhereverTheBuffersSplitTheStream() {
        byte[] bytes = STREAM.getBytes(StandardCharsets.UTF_8);
        for (int split = 1; split < bytes.length; split++) {
            List<Instant> found = new ArrayList<>();
            OccurredAtScanner scanner = new OccurredAtScanner(found::add);

            scanner.scan(ByteBuffer.wrap(bytes, 0, split));
            scanner.scan(ByteBuffer.wrap(bytes, split, bytes.length - split));

            assertThat(found).as("split at %d", split).containsExactly(
                    Instant.parse("2031-03-09T10:15:30.123Z"), Instant.parse("2031-03-09T10:15:31Z"));
        }
    }
}
