package dev.polychron.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    void shouldAppendDlqSuffixWhenNamingDeadLetterTopic() {
        assertThat(Topics.deadLetter(Topics.DOCUMENTS_RAW)).isEqualTo("documents.raw.dlq");
    }
}
