package dev.polychron.gateway.config;

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
}
