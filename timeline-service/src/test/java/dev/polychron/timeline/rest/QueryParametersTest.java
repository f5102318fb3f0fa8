package dev.polychron.timeline.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class QueryParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/timeline?limit=0", "/timeline?limit=1001", "/timeline?limit=abc", "/timeline?from=April",
            "/timeline?to=2014-13-01", "/timeline?cursor=***", "/timeline?language=$$",
            "/documents?status=DONE", "/documents?cursor=bm9wZQ", "/entities?cursor=x", "/changes",
            "/timeline?entity=%27%3B%20drop%20table%20event%3B--&from=2014'--"})
    void shouldAnswerBadRequestProblemWhenParameterIsMalformed(String path) {
        given().urlEncodingEnabled(false).get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/documents/nope", "/documents/nope/annotations", "/events/nope", "/entities/nope"})
    void shouldAnswerNotFoundProblemWhenIdIsUnknown(String path) {
        given().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
