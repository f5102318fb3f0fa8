package dev.polychron.system;

import dev.polychron.local.Service;
import dev.polychron.local.Stack;
import dev.polychron.local.StackOptions;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The four container images built by {@code deploy/images/build-images}, each run chrooted into its own root
 * filesystem with its entrypoint, user and environment (no container engine exists here), on a real Kafka and
 * PostgreSQL: an article uploaded through the gateway's image is analysed and lands on the timeline. Runs when
 * {@code -Dpolychron.images=<dir of unpacked images>} is given, as .ci/run does after building them.
 */
class ImagesIT {

    @Test
    void shouldRunThePipelineFromTheFourImages() throws Exception {
        String images = System.getProperty("polychron.images", "");
        assumeTrue(!images.isBlank(), "no -Dpolychron.images: run deploy/images/build-images first");
        Path unpacked = Path.of(images).toAbsolutePath();
        Path home = Files.createTempDirectory("polychron-images");
        try (Stack stack = Stack.start(StackOptions.forTests(StackOptions.findRoot(Path.of("")), home)
                .withServiceImages(unpacked))) {
            for (Service service : Service.values()) {
                assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(stack.pid(service.id())), "root")))
                        .as("root directory of the running %s", service.id())
                        .isEqualTo(unpacked.resolve(service.id()).resolve("rootfs"));
            }
            String text = "Polychron image test.\n"
                    + "On 27 May 1997, NATO and Russia signed the Founding Act in Paris.";
            String id = RestAssured.given().baseUri(stack.gatewayUrl()).header("X-API-Key", stack.apiKey())
                    .contentType(ContentType.JSON).body(Map.of("text", text, "language", "en"))
                    .post("/api/documents").then().statusCode(202).extract().path("id");

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                    "INDEXED".equals(RestAssured.get(stack.gatewayUrl() + "/api/documents/" + id).path("status")));
            JsonPath timeline = RestAssured.given().baseUri(stack.gatewayUrl())
                    .queryParam("from", "1997-05-27").queryParam("to", "1997-05-27").get("/api/timeline")
                    .then().statusCode(200).extract().jsonPath();
            List<String> sourceDocuments = timeline.getList("events.sources.flatten().documentId");
            assertThat(sourceDocuments).contains(id);
        } finally {
            Stack.deleteHome(home);
        }
    }
}
