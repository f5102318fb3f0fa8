package dev.polychron.timeline.repository;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AdvisoryLockTest {

    @Test
    void shouldGiveEveryLockAKeyOfItsOwn() {
        assertThat(Arrays.stream(AdvisoryLock.values()).map(AdvisoryLock::key)).doesNotHaveDuplicates();
    }
}
