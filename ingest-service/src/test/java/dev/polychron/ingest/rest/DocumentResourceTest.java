package dev.polychron.ingest.rest;

import dev.polychron.events.DocumentIngested;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class DocumentResourceTest extends PublishedDocumentsTest {

    private static final String TEXT = "On 1 April 2014, NATO suspended cooperation with Russia.";

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

    @Test
    void shouldPublishExtractedTextWithItsFieldsWhenJsonCarriesHtml() {
        given().contentType(ContentType.JSON)
                .body("{\"html\":\"<body><h1>NATO</h1><p>Met in <b>2014</b>.</p></body>\",\"title\":\"Summit\","
                        + "\"language\":\"en\"}")
                .post("/documents")
                .then().statusCode(202);

        assertThat(sink.received()).singleElement().satisfies(m -> {
            assertThat(m.getPayload().text()).isEqualTo("NATO\nMet in 2014.");
            assertThat(m.getPayload().title()).isEqualTo("Summit");
            assertThat(m.getPayload().languageHint()).isEqualTo("en");
        });
    }

    @SuppressWarnings("unchecked")
    private static Object keyOf(Message<?> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).map(m -> m.getKey()).orElse(null);
    }
}
