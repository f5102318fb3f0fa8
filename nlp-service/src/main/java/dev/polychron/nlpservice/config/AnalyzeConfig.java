package dev.polychron.nlpservice.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the synchronous analyze endpoint. */
@ConfigMapping(prefix = "polychron.analyze")
public interface AnalyzeConfig {

    /** The longest text {@code POST /analyze} takes, in characters. */
    @WithDefault("1000000")
    int maxTextLength();
}
