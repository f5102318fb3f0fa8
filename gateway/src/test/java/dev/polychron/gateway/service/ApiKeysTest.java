package dev.polychron.gateway.service;

import dev.polychron.gateway.config.GatewayConfig;
import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    private static final List<String> TWO_KEYS = List.of(" first-key ", "second-key", "  ");

    @Test
    void shouldAcceptEveryConfiguredKeyWhenSeveralAreSet() {
        ApiKeys keys = new ApiKeys(config(TWO_KEYS, false));

        assertThat(keys.count()).isEqualTo(2);
        assertThat(keys.match("first-key")).hasValue(0);
        assertThat(keys.match("second-key")).hasValue(1);
    }

    @Test
    void shouldRefuseKeyWhenItDiffersInAnyWay() {
        ApiKeys keys = new ApiKeys(config(TWO_KEYS, false));

        assertThat(keys.valid(null)).isFalse();
        assertThat(keys.valid("")).isFalse();
        assertThat(keys.valid("first-ke")).isFalse();
        assertThat(keys.valid("first-keyx")).isFalse();
        assertThat(keys.valid("FIRST-KEY")).isFalse();
        assertThat(keys.valid("first-key,second-key")).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} (reads need key: {2}) -> {3}")
    @CsvSource({
            "GET, /api/timeline, false, false",
            "HEAD, /api/documents/x, false, false",
            "OPTIONS, /api/documents, false, false",
            "POST, /api/analyze, false, false",
            "POST, /api/documents, false, true",
            "DELETE, /api/documents/x, false, true",
            "POST, /api/documents/x/reprocess, false, true",
            "POST, /api/reprocess, false, true",
            "POST, /api/entities/x/merge, false, true",
            "POST, /api/entities/x/split, false, true",
            "PUT, /api/analyze, false, true",
            "POST, /api/analyze/, false, true",
            "POST, //api/documents, false, true",
            "POST, /elsewhere, false, true",
            "PATCH, /q/health, false, true",
            "GET, /api/timeline, true, true",
            "POST, /api/analyze, true, true",
            "GET, /api, true, true",
            "GET, /q/health/ready, true, false",
            "GET, /index.html, true, false"})
    void shouldNeedKeyForWritesAndForReadsOnlyWhenClosed(String method, String path, boolean readsNeedKey,
                                                         boolean needed) {
        assertThat(new ApiKeys(config(TWO_KEYS, readsNeedKey)).required(method, path)).isEqualTo(needed);
    }

    @Test
    void shouldNeedNoKeyWhenNoneIsConfigured() {
        ApiKeys keys = new ApiKeys(config(List.of(), true));

        assertThat(keys.required("POST", "/api/documents")).isFalse();
        assertThat(keys.required("GET", "/api/timeline")).isFalse();
    }

    static GatewayConfig config(List<String> keys, boolean readsNeedKey) {
        return new GatewayConfig() {
            @Override
            public Optional<List<String>> apiKeys() {
                return Optional.of(keys);
            }

            @Override
            public boolean readsNeedKey() {
                return readsNeedKey;
            }

            @Override
            public int streamReplayBuffer() {
                return 10;
            }

            @Override
            public MemorySize streamReplayMemory() {
                return new MemorySize(BigInteger.valueOf(1024));
            }

            @Override
            public MemorySize streamSubscriberBacklog() {
                return new MemorySize(BigInteger.valueOf(1024));
            }

            @Override
            public MemorySize maxBodySize() {
                return new MemorySize(BigInteger.valueOf(1024));
            }

            @Override
            public RateLimit rateLimit() {
                return null;
            }
        };
    }
}
