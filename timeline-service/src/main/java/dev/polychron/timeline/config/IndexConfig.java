package dev.polychron.timeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the indexer takes analysed documents into the timeline. */
@ConfigMapping(prefix = "polychron.index")
public interface IndexConfig {

    /** The most documents merged in one transaction. */
    @WithDefault("64")
    int batchSize();

    /** How often the indexer looks for waiting documents when no commit here woke it (another replica's, a restart). */
    @WithDefault("1s")
    Duration pollInterval();
}
