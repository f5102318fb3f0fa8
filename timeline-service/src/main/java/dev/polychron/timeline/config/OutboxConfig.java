package dev.polychron.timeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay publishes committed timeline changes. */
@ConfigMapping(prefix = "polychron.outbox")
public interface OutboxConfig {

    /** How often the relay looks for unpublished changes when no commit here woke it (another replica's, a restart). */
    @WithDefault("1s")
    Duration pollInterval();

    /** The wait before the first round: the messaging channels are wired after the application starts. */
    @WithDefault("5s")
    Duration startDelay();
}
