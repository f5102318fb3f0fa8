package dev.polychron.timeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the consumers retry a message whose effect fails before they give up and dead-letter it. */
@ConfigMapping(prefix = "polychron.delivery")
public interface DeliveryConfig {

    /** Attempts at applying a message that fails while the database answers; then it goes to the dead-letter topic. */
    @WithDefault("5")
    int maxAttempts();

    /** The pause after the first failed attempt; it doubles after each further one. */
    @WithDefault("100ms")
    Duration firstBackoff();

    /** The longest pause between attempts, also while waiting for an unreachable database (retried without limit). */
    @WithDefault("5s")
    Duration maxBackoff();
}
