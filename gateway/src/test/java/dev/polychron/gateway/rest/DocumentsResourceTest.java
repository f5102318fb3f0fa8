package dev.polychron.gateway.rest;

import dev.polychron.gateway.client.IngestClient;
import dev.polychron.gateway.client.NlpClient;
import dev.polychron.gateway.client.TimelineClient;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@QuarkusTest
class DocumentsResourceTest {

    private static final String KEY = "test-key-2";
    private static final String BODY = "{\"text\":\"NATO met in 2014.\"}";

    @InjectMock
    @RestClient
    IngestClient ingest;

    @InjectMock
    @RestClient
    TimelineClient timeline;

    @InjectMock
    @RestClient
    NlpClient nlp;

    @Test
    void shouldForwardUploadAndAnswerReceivedBeforeTimelineKnowsIt() {
        when(ingest.upload(anyString(), any())).thenReturn(json(202, "{\"id\":\"abc\",\"status\":\"RECEIVED\"}")
                .location(URI.create("/api/documents/abc")).build());
        when(timeline.document("abc", null)).thenReturn(Response.status(404).build());

        given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(BODY)
                .post("/api/documents")
                .then().statusCode(202).header("Location", "/api/documents/abc").body("id", equalTo("abc"));
        given().get("/api/documents/abc")
                .then().statusCode(200).body("status", equalTo("RECEIVED"));

        verify(ingest).upload(eq("application/json"), eq(BODY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldDeleteWithTheKeyOnlyAndPassTimelineServicesAnswerOn() {
        when(timeline.deleteDocument("abc")).thenReturn(Response.noContent().build());
        when(timeline.deleteDocument("nope")).thenReturn(json(404, "{\"status\":404,\"detail\":\"No document nope\"}")
                .type("application/problem+json").build());

        given().delete("/api/documents/abc").then().statusCode(401);
        verify(timeline, never()).deleteDocument(anyString());
        given().header("X-API-Key", KEY).delete("/api/documents/abc").then().statusCode(204);
        given().header("X-API-Key", KEY).delete("/api/documents/nope").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No document nope"));
    }

    @Test
    void shouldReprocessADocumentByUploadingWhatTimelineServiceStoredAgain() {
        String stored = "{\"text\":\"NATO met in 2014.\",\"html\":null,\"title\":\"T\",\"url\":null,"
                + "\"language\":\"en\",\"publishedAt\":null}";
        when(timeline.upload("abc")).thenReturn(json(200, stored).build());
        when(timeline.upload("nope")).thenReturn(json(404, "{\"status\":404}").build());
        when(ingest.upload(anyString(), any())).thenReturn(json(202, "{\"id\":\"abc\",\"status\":\"RECEIVED\"}")
                .build());

        given().header("X-API-Key", KEY).post("/api/documents/abc/reprocess").then().statusCode(202)
                .body("id", equalTo("abc"));
        given().header("X-API-Key", KEY).post("/api/documents/nope/reprocess").then().statusCode(404);

        verify(ingest).upload(eq("application/json"), eq(stored.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldReprocessEveryDocumentPageByPageAsNdjson() {
        when(timeline.uploads(Reprocessing.BATCH, null)).thenReturn(json(200, "{\"uploads\":[{\"text\":\"a 2014\"},"
                + "{\"text\":\"b 2015\"}],\"nextCursor\":\"c2\"}").build());
        when(timeline.uploads(Reprocessing.BATCH, "c2")).thenReturn(json(200, "{\"uploads\":[{\"text\":\"c 2016\"}],"
                + "\"nextCursor\":null}").build());
        when(ingest.upload(startsWith("application/x-ndjson"), any()))
                .thenReturn(json(202, "{\"accepted\":2,\"rejected\":0,\"results\":[]}").build())
                .thenReturn(json(202, "{\"accepted\":0,\"rejected\":1,\"results\":[]}").build());

        given().post("/api/reprocess").then().statusCode(401);
        given().header("X-API-Key", KEY).post("/api/reprocess").then().statusCode(202)
                .body("documents", equalTo(3)).body("accepted", equalTo(2)).body("rejected", equalTo(1));

        verify(ingest).upload(eq("application/x-ndjson"),
                eq("{\"text\":\"a 2014\"}\n{\"text\":\"b 2015\"}\n".getBytes(StandardCharsets.UTF_8)));
        verify(ingest).upload(eq("application/x-ndjson"), eq("{\"text\":\"c 2016\"}\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldStopReprocessingWithA503WhenTimelineServiceFails() {
        when(timeline.uploads(Reprocessing.BATCH, null)).thenReturn(Response.status(500).build());

        given().header("X-API-Key", KEY).post("/api/reprocess").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5");
    }

    @Test
    void shouldForwardNdjsonAndAnswerReceivedForEveryAcceptedLine() {
        String lines = BODY + "\nnot json\n{\"text\":\"Signed in 1992.\"}\n";
        when(ingest.upload(anyString(), any())).thenReturn(json(202, "{\"accepted\":2,\"rejected\":1,\"results\":["
                + "{\"line\":1,\"id\":\"bulk-1\",\"status\":\"RECEIVED\"},"
                + "{\"line\":2,\"problem\":{\"title\":\"Bad Request\",\"status\":400}},"
                + "{\"line\":3,\"id\":\"bulk-3\",\"status\":\"RECEIVED\"}]}").build());
        when(timeline.document(anyString(), isNull())).thenAnswer(call -> Response.status(404).build());

        given().header("X-API-Key", KEY).contentType("application/x-ndjson")
                .body(lines.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents")
                .then().statusCode(202).body("accepted", equalTo(2)).body("results[1].problem.status", equalTo(400));
        given().get("/api/documents/bulk-1").then().statusCode(200).body("status", equalTo("RECEIVED"));
        given().get("/api/documents/bulk-3").then().statusCode(200).body("status", equalTo("RECEIVED"));
        given().get("/api/documents/bulk-2").then().statusCode(404);

        verify(ingest).upload(startsWith("application/x-ndjson"), eq(lines.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldRejectWriteWithProblemWhenKeyIsMissingOrWrong() {
        given().contentType(ContentType.JSON).body(BODY).post("/api/documents")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "wrong").contentType(ContentType.JSON).body(BODY).post("/api/documents")
                .then().statusCode(401);

        verify(ingest, never()).upload(anyString(), any());
    }

    @Test
    void shouldPassServiceProblemThroughWhenServiceRejects() {
        when(timeline.timeline(isNull(), isNull(), isNull(), isNull(), isNull(), eq("0"), isNull()))
                .thenReturn(json(400, "{\"status\":400,\"title\":\"Bad Request\"}")
                        .type("application/problem+json").build());

        given().queryParam("limit", "0").get("/api/timeline")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenServiceIsUnreachable() {
        when(timeline.entities(any(), any(), any())).thenThrow(new ProcessingException("connection refused"));

        given().get("/api/entities")
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json");
    }

    @Test
    void shouldLetAnalyzeThroughWithoutKeyBecauseItIsARead() {
        when(nlp.analyze(any())).thenReturn(json(200, "{\"language\":\"en\",\"entities\":[],\"dates\":[]}").build());

        given().contentType(ContentType.JSON).body("{\"text\":\"x\"}").post("/api/analyze")
                .then().statusCode(200).body("language", equalTo("en"));
    }

    private static Response.ResponseBuilder json(int status, String body) {
        return Response.status(status).type("application/json").entity(body.getBytes(StandardCharsets.UTF_8));
    }
}
