package dev.polychron.gateway.rest;

import dev.polychron.gateway.client.IngestClient;
import dev.polychron.gateway.client.TimelineClient;
import io.quarkus.logging.Log;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@QuarkusTest
class GatewayEdgeTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'";
    private static final String EVIL_ORIGIN = "https://evil.example";
    private static final int SEQUENTIAL_REQUESTS = 2500;
    private static final byte[] NO_ENTITIES = "{\"entities\":[],\"nextCursor\":null}".getBytes(StandardCharsets.UTF_8);

    @InjectMock
    @RestClient
    IngestClient ingest;

    @InjectMock
    @RestClient
    TimelineClient timeline;

    @TestHTTPResource("/api/entities")
    URL entities;

    @Test
    void shouldSetSecurityHeadersWhenAnswerIsSuccessErrorOrNotApi() {
        when(timeline.entities(any(), any(), any())).thenAnswer(i -> entitiesPage());

        withSecurityHeaders(given().get("/api/entities").then().statusCode(200));
        withSecurityHeaders(given().contentType(ContentType.JSON).body("{}").post("/api/documents")
                .then().statusCode(401));
        withSecurityHeaders(given().get("/nowhere").then().statusCode(404));
        withSecurityHeaders(given().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void shouldServeTheWebPageAndItsModulesUnderTheStrictCsp() {
        withSecurityHeaders(given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/app/main.js\">")));
        for (String asset : new String[]{"/app/main.js", "/app/timeline-page.js", "/app/axis.js"}) {
            withSecurityHeaders(given().get(asset).then().statusCode(200)
                    .contentType(containsString("javascript")));
        }
        withSecurityHeaders(given().get("/app/app.css").then().statusCode(200).contentType(containsString("css")));
    }

    @Test
    void shouldServeTheAsyncApiDocumentOfTheTopicsToAnyone() {
        given().get("/api/asyncapi").then().statusCode(200).contentType(ContentType.JSON)
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.timelineEvents.address", equalTo("timeline.events"))
                .body("components.messages.TimelineUpdated.payload.properties.sequence.type",
                        equalTo("integer"));
    }

    @Test
    void shouldRelaxCspOnlyForSwaggerUiWhoseScriptsAreInline() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void shouldGrantNoCrossOriginAccessWhenCorsIsNotConfigured() {
        when(timeline.entities(any(), any(), any())).thenAnswer(i -> entitiesPage());

        given().header("Origin", EVIL_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "X-API-Key, Content-Type")
                .options("/api/documents")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
        given().header("Origin", EVIL_ORIGIN).get("/api/entities")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//api/documents", "/api/./documents", "/api/%64ocuments", "/api/analyze/../documents",
            "/api/analyze/", "/api/documents/", "/API/documents", "/api/documents;x=1"})
    void shouldNeedKeyWhenWriteUsesOddSpellingOfPath(String path) {
        given().urlEncodingEnabled(false).contentType(ContentType.TEXT).body("NATO met in 2014.").post(path)
                .then().statusCode(401);

        verify(ingest, never()).upload(anyString(), any());
    }

    @Test
    void shouldNeverThrottleClientWhenItWorksSequentially() throws Exception {
        when(timeline.entities(any(), any(), any())).thenAnswer(i -> entitiesPage());
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(entities.toString())).build();

        long started = System.nanoTime();
        for (int i = 0; i < SEQUENTIAL_REQUESTS; i++) {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        Log.infof("%d sequential requests in %d ms (%d per second), none throttled", SEQUENTIAL_REQUESTS, millis,
                SEQUENTIAL_REQUESTS * 1000L / Math.max(1, millis));
    }

    private static Response entitiesPage() {
        return Response.ok(NO_ENTITIES).type("application/json").build();
    }

    private static void withSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }
}
