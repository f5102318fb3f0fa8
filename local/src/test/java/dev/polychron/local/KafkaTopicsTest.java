package dev.polychron.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTopicsTest {

    @Test
    void shouldListEveryTopicWithItsDeadLetterTopic() {
        assertThat(KafkaTopics.all()).containsExactly(
                "documents.raw", "documents.raw.dlq", "nlp.entities", "nlp.entities.dlq",
                "nlp.dates", "nlp.dates.dlq", "timeline.events", "timeline.events.dlq");
    }
}
