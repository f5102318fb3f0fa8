package dev.polychron.nlpservice.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a document whose analysis fails is retried before it is dead-lettered, and how results are re-sent. */
@ConfigMapping(prefix = "polychron.delivery")
public interface DeliveryConfig {

    /** Attempts at analysing a document before it goes to documents.raw.dlq (its failures are rarely transient). */
    @WithDefault("3")
    int maxAttempts();

    /** The pause after the first failed attempt; it doubles after each further one. */
    @WithDefault("100ms")
    Duration firstBackoff();

    /** The longest pause, also between sends of results the broker did not acknowledge (re-sent without limit). */
    @WithDefault("5s")
    Duration maxBackoff();
}
