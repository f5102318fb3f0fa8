package dev.polychron.ingest.rest;

import dev.polychron.events.DocumentIngested;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class DocumentResourceTest {

    private static final String TEXT = "On 1 April 2014, NATO suspended cooperation with Russia.";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<DocumentIngested> sink;

    @BeforeEach
    void clearSink() {
        sink = connector.sink("documents-raw");
        sink.clear();
    }

    @Test
    void shouldPublishDocumentAndAnswer202WhenJsonIsValid() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"text\":\"" + TEXT + "\",\"title\":\"NATO\",\"language\":\"en-GB\","
                        + "\"publishedAt\":\"2014-04-02\",\"url\":\"https://example.org/a\"}")
                .when().post("/documents")
                .then().statusCode(202)
                .header("Location", containsString("/api/documents/"))
                .body("status", equalTo("RECEIVED"))
                .body("id", notNullValue())
                .extract().path("id");

        assertThat(sink.received()).singleElement().satisfies(message -> {
            DocumentIngested document = message.getPayload();
            assertThat(document.documentId()).isEqualTo(id);
            assertThat(document.text()).isEqualTo(TEXT);
            assertThat(document.languageHint()).isEqualTo("en-GB");
            assertThat(document.publishedAt().toLocalDate()).hasToString("2014-04-02");
            assertThat(keyOf(message)).isEqualTo(id);
        });
    }

    @Test
    void shouldGiveSameIdWhenSameTextIsUploadedTwice() {
        String first = given().contentType(ContentType.TEXT).body(TEXT).post("/documents").path("id");
        String second = given().contentType(ContentType.JSON).body("{\"text\":\"" + TEXT + "\"}")
                .post("/documents").path("id");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldPublishExtractedTextWhenBodyIsHtml() {
        given().contentType("text/html; charset=UTF-8")
                .body("<html><head><script>alert(1)</script></head><body><h1>NATO</h1><p>Met in 2014.</p></body>")
                .post("/documents")
                .then().statusCode(202);

        assertThat(sink.received()).singleElement()
                .satisfies(m -> assertThat(m.getPayload().text()).isEqualTo("NATO\nMet in 2014."));
    }

    static Stream<Arguments> badUploads() {
        byte[] invalidUtf8 = {'a', (byte) 0xC3, (byte) 0x28, 'b'};
        return Stream.of(
                Arguments.of("empty text", "application/json", "{\"text\":\"\"}".getBytes(), 400),
                Arguments.of("blank text", "text/plain", "  \n\t ".getBytes(), 400),
                Arguments.of("malformed JSON", "application/json", "{\"text\": ".getBytes(), 400),
                Arguments.of("wrong type", "application/json", "{\"text\": [1,2]}".getBytes(), 400),
                Arguments.of("unknown field", "application/json", "{\"text\":\"a\",\"x\":1}".getBytes(), 400),
                Arguments.of("JSON null", "application/json", "null".getBytes(), 400),
                Arguments.of("invalid UTF-8", "text/plain; charset=UTF-8", invalidUtf8, 400),
                Arguments.of("NUL bytes", "text/plain", "a\0b".getBytes(), 400),
                Arguments.of("bad url", "application/json", "{\"text\":\"a\",\"url\":\"not a url\"}".getBytes(), 400),
                Arguments.of("bad language", "application/json",
                        "{\"text\":\"a\",\"language\":\"x!y\"}".getBytes(), 400),
                Arguments.of("year 99999", "application/json",
                        "{\"text\":\"a\",\"publishedAt\":\"+99999-01-01T00:00:00Z\"}".getBytes(), 400),
                Arguments.of("unknown type", "application/pdf", "%PDF".getBytes(), 415),
                Arguments.of("over the limit", "text/plain", "x".repeat(5 * 1024 * 1024 + 1)
                        .getBytes(StandardCharsets.UTF_8), 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUploads")
    void shouldAnswerProblemAndPublishNothingWhenUploadIsBad(String name, String type, byte[] body, int status) {
        given().contentType(type).body(body)
                .when().post("/documents")
                .then().statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("detail", notNullValue());

        assertThat(sink.received()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Object keyOf(Message<?> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).map(m -> m.getKey()).orElse(null);
    }
}
