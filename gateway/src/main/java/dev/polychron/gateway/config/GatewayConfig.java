package dev.polychron.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Settings of the gateway. */
@ConfigMapping(prefix = "polychron.gateway")
public interface GatewayConfig {

    /** API keys that may write (upload, delete, reprocess, curate); several at once so keys can be rotated. None: writes are open. */
    Optional<List<String>> apiKeys();

    /** Whether reads (including analyze) also need a key. */
    @WithDefault("false")
    boolean readsNeedKey();

    /** How many recent timeline changes the gateway keeps to resume streams without asking timeline-service. */
    @WithDefault("10000")
    int streamReplayBuffer();

    /** The most memory those changes may take (their encoded events); the oldest go first. */
    @WithDefault("64M")
    MemorySize streamReplayMemory();

    /**
     * How far behind the live stream a subscriber may fall (the encoded events its connection could not take yet)
     * before the gateway closes its connection; it then resumes with {@code Last-Event-ID}, losing nothing.
     */
    @WithDefault("16M")
    MemorySize streamSubscriberBacklog();

    /** The largest request body; a larger announced one is refused with 413 before it is read. */
    @WithDefault("16M")
    MemorySize maxBodySize();

    /** Limits on how fast one client may call {@code /api}. */
    RateLimit rateLimit();

    /** A token bucket per API key, or per client address for requests without a valid key. */
    interface RateLimit {

        /** Whether {@code /api} requests are rate limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per second one client may make for as long as it likes (a fraction for less than one). */
        @WithDefault("1000")
        double requestsPerSecond();

        /** Requests one client may make at once before the sustained rate applies (the bucket size). */
        @WithDefault("2000")
        int burst();

        /** How many clients are tracked at most; idle ones are forgotten, and beyond that new ones share one bucket. */
        @WithDefault("100000")
        int maxClients();
    }
}
