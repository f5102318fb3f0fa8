package dev.polychron.support.rest;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProblemExceptionMappersTest {

    private static final int DEPTH = 100_000;

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void shouldAnswerBadRequestProblemWhenJsonIsNestedTooDeep() {
        StreamConstraintsException tooDeep = catchThrowableOfType(StreamConstraintsException.class,
                () -> new ObjectMapper().readTree("[".repeat(DEPTH)));

        try (Response response = mappers.jsonOverLimits(tooDeep)) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
            assertThat((Problem) response.getEntity()).satisfies(p -> {
                assertThat(p.status()).isEqualTo(400);
                assertThat(p.detail()).contains("nesting depth");
            });
        }
    }
}
