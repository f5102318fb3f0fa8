package dev.polychron.support.rest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodiesTest {

    private static final int LIMIT = 16;

    @Test
    void shouldReturnWholeBodyWhenItFitsTheLimit() {
        assertThat(RequestBodies.readAtMost(new ByteArrayInputStream(new byte[LIMIT]), LIMIT)).hasSize(LIMIT);
        assertThat(RequestBodies.readAtMost(null, LIMIT)).isEmpty();
    }

    @Test
    void shouldAnswer413AfterReadingOneByteMoreThanLimitWhenBodyIsEndless() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> RequestBodies.readAtMost(endless, LIMIT))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(413));
        assertThat(endless.read).isEqualTo(LIMIT + 1);
    }

    @Test
    void shouldAnswer400WhenBodyBreaksOff() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> RequestBodies.readAtMost(broken, LIMIT))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(400));
    }

    /** An endless body that counts how much of it was read. */
    private static final class CountingEndlessStream extends InputStream {
        private long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }
    }
}
