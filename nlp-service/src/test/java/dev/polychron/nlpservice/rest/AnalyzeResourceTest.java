package dev.polychron.nlpservice.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AnalyzeResourceTest {

    private static final String TEXT = "Vào ngày 1 tháng 4 năm 2014, NATO nhất trí đình chỉ hợp tác với Nga.";

    @Test
    void shouldAnswerDateAndEntityMentionsWithOffsetsWhenTextIsGiven() {
        given().contentType(ContentType.JSON)
                .body("{\"text\":\"" + TEXT + "\",\"language\":\"vi\",\"referenceDate\":\"2014-04-02\"}")
                .when().post("/analyze")
                .then().statusCode(200)
                .body("language", equalTo("vi"))
                .body("dates[0].text", equalTo("ngày 1 tháng 4 năm 2014"))
                .body("dates[0].start", equalTo(TEXT.indexOf("ngày")))
                .body("dates[0].value", equalTo("2014-04-01"))
                .body("dates[0].granularity", equalTo("day"))
                .body("entities.entityId", hasItem("loc-ru"));
    }

    @ParameterizedTest
    @CsvSource({"nearest, 2014-04-04", "future, 2014-04-11", "PAST, 2014-04-04", "' Past ', 2014-04-04",
            "'', 2014-04-04", ", 2014-04-04"})
    void shouldReadAWeekdayNamedAloneOnThePreferredSide(String prefer, String expected) {
        String preference = prefer == null ? "" : ",\"prefer\":\"" + prefer + "\"";
        given().contentType(ContentType.JSON)
                .body("{\"text\":\"Friday\",\"language\":\"en\",\"referenceDate\":\"2014-04-05\"" + preference
                        + "}")
                .when().post("/analyze")
                .then().statusCode(200)
                .body("dates[0].value", equalTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"text\":\"x\",\"prefer\":\"later\"}",
            "{\"text\":\"  \"}",
            "{\"text\":\"x\",\"referenceDate\":\"tomorrow\"}",
            "{\"text\":\"x\",\"language\":\"$$\"}",
            "{\"text\":",
            "{\"text\":{\"a\":1}}"})
    void shouldAnswerProblemWhenRequestIsBad(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/analyze")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
