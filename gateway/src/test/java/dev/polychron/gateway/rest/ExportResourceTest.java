package dev.polychron.gateway.rest;

import dev.polychron.gateway.client.TimelineClient;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

@QuarkusTest
class ExportResourceTest {

    private static final String EVENT = "{\"id\":\"%s\",\"date\":{\"value\":\"%s\",\"granularity\":\"day\","
            + "\"modifier\":null,\"rangeEnd\":null,\"from\":\"%s\",\"to\":\"%s\"},\"summary\":\"On %s NATO met.\","
            + "\"entities\":[{\"id\":\"org-nato\",\"name\":\"NATO\",\"type\":\"ORG\"}],\"sources\":[{\"documentId\":"
            + "\"d1\",\"title\":\"T\",\"language\":\"en\",\"sentence\":\"On %s NATO met.\",\"start\":0,\"end\":20,"
            + "\"mentions\":{\"dates\":[],\"entities\":[]}}]}";

    @InjectMock
    @RestClient
    TimelineClient timeline;

    @Test
    void shouldExportEveryPageOfTheFilteredTimelineAsCsvAndAsTimelineJs() {
        when(timeline.timeline(eq("NATO"), eq("2014"), isNull(), isNull(), isNull(), eq("1000"), isNull()))
                .thenAnswer(call -> page(event("e1", "2014-04-01"), "c2"));
        when(timeline.timeline(eq("NATO"), eq("2014"), isNull(), isNull(), isNull(), eq("1000"), eq("c2")))
                .thenAnswer(call -> page(event("e2", "2014-09-04"), null));

        given().get("/api/timeline/export?format=csv&entity=NATO&from=2014").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Polychron-Truncated", "false")
                .header("Content-Disposition", containsString("polychron-timeline.csv"))
                .body(equalTo("id,value,granularity,modifier,range_end,from,to,summary,entities,languages,sources,"
                        + "document_ids\r\n"
                        + "e1,2014-04-01,DAY,,,2014-04-01,2014-04-01,On 2014-04-01 NATO met.,NATO,en,1,d1\r\n"
                        + "e2,2014-09-04,DAY,,,2014-09-04,2014-09-04,On 2014-09-04 NATO met.,NATO,en,1,d1\r\n"));
        given().get("/api/timeline/export?format=timelinejs&entity=NATO&from=2014").then().statusCode(200)
                .body("events.unique_id", contains("e1", "e2"))
                .body("events[1].start_date.month", equalTo(9));
    }

    @Test
    void shouldRefuseAnUnknownFormatAndPassTimelineServicesProblemsOn() {
        when(timeline.timeline(isNull(), eq("nonsense"), isNull(), isNull(), isNull(), eq("1000"), isNull()))
                .thenAnswer(call -> Response.status(400).type("application/problem+json")
                        .entity("{\"status\":400,\"detail\":\"from is not a date\"}".getBytes(StandardCharsets.UTF_8))
                        .build());

        given().get("/api/timeline/export?format=pdf").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("csv or timelinejs"));
        given().get("/api/timeline/export?format=csv&from=nonsense").then().statusCode(400)
                .body("detail", equalTo("from is not a date"));
    }

    private static String event(String id, String day) {
        return String.format(EVENT, id, day, day, day, day, day);
    }

    private static Response page(String event, String next) {
        String body = "{\"events\":[" + event + "],\"nextCursor\":" + (next == null ? "null" : "\"" + next + "\"")
                + "}";
        return Response.ok(body.getBytes(StandardCharsets.UTF_8), "application/json").build();
    }
}
