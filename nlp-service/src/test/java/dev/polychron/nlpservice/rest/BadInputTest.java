package dev.polychron.nlpservice.rest;

import dev.polychron.events.Annotations;
import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.events.serde.Json;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Bad and odd input to {@code POST /analyze}, in two tables: what must be refused with a 4xx problem, and odd texts
 * that must be analysed without a 500 or a hang, every mention's offsets selecting exactly its text.
 */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static final int MAX_TEXT = 1_000_000;
    private static final int DEPTH = 100_000;
    private static final int DATES = 100_000;
    private static final String INJECTION = "'; drop table event;-- <script>alert(1)</script> \" OR 1=1 --";
    private static final String ARABIC = "في 1 أبريل 2014، علّق حلف الناتو التعاون العملي مع روسيا.";
    private static final String HEBREW = "\u200fב-1 באפריל 2014 השעתה נאט\"ו את שיתוף הפעולה עם רוסיה.\u200e";
    private static final String EMOJI_AND_MARKS = "😀 Ra\u0301ng 👍🏽 on 2014-04-01 NATO 🇷🇺 met Nga\u0300 "
            + "in Ha\u0300 Nô\u0323i; ngày 1 tháng 4 năm 2014 👩‍👩‍👧 e\u0301\u0323.";

    static Stream<Arguments> refused() {
        return Stream.of(
                row("no body", JSON, new byte[0], 400),
                row("no text", JSON, json("{}"), 400),
                row("empty text", JSON, json("{\"text\":\"\"}"), 400),
                row("whitespace-only text", JSON, json("{\"text\":\" \\n\\t \"}"), 400),
                row("only invisible characters", JSON, json("{\"text\":\"\\u00a0\\u200b\\u3000\\ufeff\"}"), 400),
                row("50 MB body", JSON, json("{\"text\":\"" + "x".repeat(FIFTY_MB) + "\"}"), 413),
                row("one 10 MB line", JSON, text("x".repeat(10 * 1024 * 1024)), 413),
                row("text one character over the limit", JSON, text("x".repeat(MAX_TEXT + 1)), 413),
                row("binary bytes", JSON, new byte[]{'{', 0, 1, 2, (byte) 0xFF, (byte) 0x89, 'P', 'N', 'G', '}'}, 400),
                row("NUL escaped in text", JSON, json("{\"text\":\"a\\u0000b\"}"), 400),
                row("invalid UTF-8", JSON, new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3,
                        (byte) 0x28, '"', '}'}, 400),
                row("Latin-1 bytes declared UTF-8", "application/json; charset=UTF-8",
                        "{\"text\":\"Café, 1 août 2014\"}".getBytes(StandardCharsets.ISO_8859_1), 400),
                row("lone surrogate", JSON, json("{\"text\":\"a\\ud800b\"}"), 400),
                row("malformed JSON", JSON, json("{\"text\": "), 400),
                row("100,000 nested arrays", JSON, json("[".repeat(DEPTH)), 400),
                row("100,000 nested arrays in a field", JSON, json("{\"text\":\"a\",\"language\":" + "[".repeat(DEPTH)),
                        400),
                row("100,000 nested objects", JSON, json("{\"text\":".repeat(DEPTH)), 400),
                row("2,000-digit number", JSON, json("{\"text\":" + "9".repeat(2000) + "}"), 400),
                row("text is an array", JSON, json("{\"text\":[1,2]}"), 400),
                row("text is an object", JSON, json("{\"text\":{\"a\":1}}"), 400),
                row("text is a number", JSON, json("{\"text\":2014}"), 400),
                row("text is a boolean", JSON, json("{\"text\":false}"), 400),
                row("language is a number", JSON, json("{\"text\":\"a\",\"language\":1}"), 400),
                row("referenceDate is a number", JSON, json("{\"text\":\"a\",\"referenceDate\":20140401}"), 400),
                row("JSON null", JSON, json("null"), 400),
                row("JSON array", JSON, json("[{\"text\":\"a\"}]"), 400),
                row("JSON string", JSON, json("\"a text\""), 400),
                row("unknown field", JSON, json("{\"text\":\"a\",\"title\":\"t\"}"), 400),
                row("referenceDate year 99999", JSON, withField("referenceDate", "+99999-01-01T00:00:00Z"), 400),
                row("referenceDate year 0", JSON, withField("referenceDate", "0000-01-01"), 400),
                row("referenceDate year -1", JSON, withField("referenceDate", "-0001-01-01"), 400),
                row("referenceDate 30 February", JSON, withField("referenceDate", "2014-02-30"), 400),
                row("referenceDate injection", JSON, withField("referenceDate", INJECTION), 400),
                row("language injection", JSON, withField("language", "en'; drop table event;--"), 400),
                row("language script", JSON, withField("language", "<script>alert(1)</script>"), 400),
                row("text/plain", "text/plain", text("NATO met in 2014."), 415));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("refused")
    void shouldAnswerProblemWhenRequestIsBad(String name, String type, byte[] body, int status) {
        given().contentType(type).body(body)
                .when().post("/analyze")
                .then().statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("detail", notNullValue());
    }

    @Test
    void shouldAnswer413ProblemWhenBodyOverLimitComesWithoutLength() {
        byte[] body = text("x".repeat(MAX_TEXT + 1));

        given().contentType(JSON).body(new ByteArrayInputStream(body))
                .when().post("/analyze")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON);
    }

    static Stream<Arguments> analysable() {
        return Stream.of(
                odd("Arabic", ARABIC, "ar"),
                odd("Arabic, language detected", ARABIC, null),
                odd("Hebrew with direction marks", HEBREW, "he"),
                odd("emoji and combining marks", EMOJI_AND_MARKS, "vi"),
                odd("emoji and combining marks, language detected", EMOJI_AND_MARKS, null),
                odd("HTML with scripts", "<p onclick=\"alert(1)\">NATO met Russia on 1 April 2014.</p>"
                        + "<script>alert('2014')</script>", "en"),
                odd("injection", INJECTION + " NATO met Russia on 1 April 2014. " + INJECTION, "en"),
                odd("years 99999 and 0", "In the year 99999, in year 0, on 0000-01-01 and 99999-12-31 BC.", "en"),
                odd("brackets and citation marks", "NATO[1][2] (met (Russia) [in [2014]]) {{1 April 2014}} ))((", "en"),
                odd("one line at the limit", "x".repeat(MAX_TEXT - 1) + "y", "en"),
                odd("relative dates at the end of time", "Tomorrow, next year and in 3 days NATO meets.", "en",
                        "9999-12-31T23:59:59+14:00"),
                odd("relative dates at the start of time", "Yesterday, last year and 3 days ago NATO met.", "en",
                        "0001-01-01T00:00:00-12:00"),
                odd("control characters", "NATO\u0001met\u001b[31mRussia\u007f on 1 April 2014.\u0085", "en"),
                odd("unknown language tag", "NATO met Russia on 1 April 2014.", "x-klingon"),
                odd("undetermined language", "NATO met Russia on 1 April 2014.", "und"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analysable")
    void shouldAnalyseWithExactOffsetsWhenTextIsOdd(String name, String text, String language, String reference) {
        Annotations annotations = analyse(text, language, reference);

        assertExactOffsets(text, annotations);
    }

    @Test
    void shouldAnalyseHundredThousandDatesOfOneText() {
        String text = "1990 ".repeat(DATES);

        long started = System.nanoTime();
        Annotations annotations = analyse(text, "en", null);
        long millis = (System.nanoTime() - started) / 1_000_000;

        Log.infof("POST /analyze of %d dates (%d characters): %d ms", DATES, text.length(), millis);
        assertThat(annotations.dates()).hasSize(DATES);
        assertExactOffsets(text, annotations);
    }

    private static Annotations analyse(String text, String language, String reference) {
        Map<String, String> request = new java.util.LinkedHashMap<>();
        request.put("text", text);
        if (language != null) {
            request.put("language", language);
        }
        if (reference != null) {
            request.put("referenceDate", reference);
        }
        byte[] answer = given().contentType(ContentType.JSON).body(Json.write(request))
                .when().post("/analyze")
                .then().statusCode(200)
                .extract().asByteArray();
        return Json.read(answer, Annotations.class);
    }

    private static void assertExactOffsets(String text, Annotations annotations) {
        for (EntityMention entity : annotations.entities()) {
            assertThat(entity.start()).isNotNegative().isLessThan(entity.end());
            assertThat(entity.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(entity.start(), entity.end())).isEqualTo(entity.text());
        }
        for (DateMention date : annotations.dates()) {
            assertThat(date.start()).isNotNegative().isLessThan(date.end());
            assertThat(date.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(date.start(), date.end())).isEqualTo(date.text());
        }
    }

    private static Arguments row(String name, String type, byte[] body, int status) {
        return Arguments.of(name, type, body, status);
    }

    private static Arguments odd(String name, String text, String language) {
        return Arguments.of(name, text, language, "2014-04-02");
    }

    private static Arguments odd(String name, String text, String language, String reference) {
        return Arguments.of(name, text, language, reference);
    }

    private static byte[] withField(String field, String value) {
        return json("{\"text\":\"NATO met in 2014.\",\"" + field + "\":\"" + value.replace("\"", "\\\"") + "\"}");
    }

    private static byte[] text(String text) {
        return json("{\"text\":\"" + text + "\"}");
    }

    private static byte[] json(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
