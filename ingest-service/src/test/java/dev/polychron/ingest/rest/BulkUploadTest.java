package dev.polychron.ingest.rest;

import dev.polychron.events.DocumentIngested;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BulkUploadTest extends PublishedDocumentsTest {

    private static final String NDJSON = "application/x-ndjson";

    @Test
    void shouldPublishGoodLinesAndReportBadOnesWhenLinesAreMixed() {
        String body = "{\"text\":\"On 9 November 1989 the Wall fell.\",\"language\":\"en\"}\n"
                + "{\"text\":\n"
                + "\r\n"
                + "{\"text\":\"Le traité fut signé le 7 février 1992.\",\"publishedAt\":\"1992-02-08\"}\r\n"
                + "{\"text\":\"x\",\"language\":\"not a tag!\"}\n";

        var response = given().contentType(NDJSON).body(utf8(body))
                .when().post("/documents")
                .then().statusCode(202)
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(2))
                .body("results", hasSize(4))
                .body("results[0].line", equalTo(1))
                .body("results[0].status", equalTo("RECEIVED"))
                .body("results[1].line", equalTo(2))
                .body("results[1].id", nullValue())
                .body("results[1].problem.status", equalTo(400))
                .body("results[2].line", equalTo(4))
                .body("results[2].status", equalTo("RECEIVED"))
                .body("results[3].line", equalTo(5))
                .body("results[3].problem.detail", containsString("language"))
                .extract();

        List<? extends Message<DocumentIngested>> received = sink.received();
        assertThat(received).extracting(m -> m.getPayload().text())
                .containsExactly("On 9 November 1989 the Wall fell.", "Le traité fut signé le 7 février 1992.");
        assertThat(received).extracting(m -> m.getPayload().documentId())
                .containsExactly(response.path("results[0].id"), response.path("results[2].id"));
    }

    @Test
    void shouldGiveSameIdsAsSingleUploadsWhenTextsAreEqual() {
        String single = given().contentType("text/plain").body("Signed in 1992.").post("/documents").path("id");

        given().contentType(NDJSON).body(utf8("{\"text\":\"Signed in 1992.\"}"))
                .when().post("/documents")
                .then().statusCode(202)
                .body("results[0].id", equalTo(single));
    }

    @Test
    void shouldAnswerProblemAndPublishNothingWhenNoLineIsValid() {
        given().contentType(NDJSON).body(utf8("not json\n{\"title\":\"no text\"}\n"))
                .when().post("/documents")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 1"))
                .body("detail", containsString("line 2"));

        assertThat(sink.received()).isEmpty();
    }

    @Test
    void shouldAnswerProblemWhenBodyHasOnlyBlankLines() {
        given().contentType(NDJSON).body(utf8("\n  \n"))
                .when().post("/documents")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
