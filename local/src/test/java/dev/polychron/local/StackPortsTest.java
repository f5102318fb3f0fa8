package dev.polychron.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StackPortsTest {

    private static final Map<String, Integer> PORTS = ports();

    @TempDir
    Path dir;

    @Test
    void shouldReadBackWhatItStoredInOrder() throws Exception {
        Path file = dir.resolve("ports.properties");

        new StackPorts(PORTS).store(file);

        StackPorts loaded = StackPorts.load(file);
        assertThat(loaded.ports()).containsExactlyEntriesOf(PORTS);
    }

    @Test
    void shouldStoreOneNameEqualsPortLinePerProcess() throws Exception {
        Path file = dir.resolve("ports.properties");

        new StackPorts(PORTS).store(file);

        assertThat(Files.readAllLines(file)).containsExactly("postgres=5432", "kafka=9092", "gateway=8080");
    }

    @Test
    void shouldSkipCommentsAndBlankLinesWhenLoading() throws Exception {
        Path file = dir.resolve("ports.properties");
        Files.writeString(file, "# written by hand\n\n nlp-service = 8082 \n");

        assertThat(StackPorts.load(file).port("nlp-service")).isEqualTo(8082);
    }

    @Test
    void shouldRejectAnUnknownNameWhenAskedForItsPort() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StackPorts(PORTS).port("nlp-service"));
    }

    private static Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(Stack.POSTGRES, 5432);
        ports.put(Stack.KAFKA, 9092);
        ports.put("gateway", 8080);
        return ports;
    }
}
