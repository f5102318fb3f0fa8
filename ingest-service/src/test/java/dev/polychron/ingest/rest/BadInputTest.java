package dev.polychron.ingest.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Bad and odd input to {@code POST /documents}, in two tables: what must be refused with a 4xx problem and nothing
 * published, and what is odd but a document, which must be published with exactly its text.
 */
@QuarkusTest
class BadInputTest extends PublishedDocumentsTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String HTML = "text/html; charset=UTF-8";
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static final int LIMIT = 5 * 1024 * 1024;
    private static final int DEPTH = 100_000;
    private static final String INJECTION = "'; drop table document;-- <script>alert(1)</script>";
    private static final String RTL = "\u200fفي 1 أبريل 2014، علّق حلف الناتو التعاون مع روسيا. "
            + "ב-1 באפריל 2014 השעתה נאט\"ו את שיתוף הפעולה עם רוסיה.\u200e";
    private static final String EMOJI_AND_MARKS = "😀 Ra\u0301ng 👍🏽 on 2014-04-01: Nga\u0300y 1 tha\u0301ng 4 🇷🇺 e\u0301\u0323";

    static Stream<Arguments> refused() {
        return Stream.of(
                row("no body", JSON, new byte[0], 400),
                row("no body as text", TEXT, new byte[0], 400),
                row("empty text", JSON, json("{\"text\":\"\"}"), 400),
                row("whitespace-only text", TEXT, utf8("  \n\t \r\n "), 400),
                row("only invisible characters", JSON, json("{\"text\":\"\\u00a0\\u200b\\u3000\\ufeff\\u2028\"}"), 400),
                row("50 MB body", TEXT, new byte[FIFTY_MB], 413),
                row("one 10 MB line", TEXT, utf8("x".repeat(2 * LIMIT)), 413),
                row("binary declared as binary", "application/octet-stream", png(), 415),
                row("binary declared as text", TEXT, png(), 400),
                row("NUL bytes", TEXT, utf8("a\0b"), 400),
                row("NUL escaped in JSON", JSON, json("{\"text\":\"a\\u0000b\"}"), 400),
                row("invalid UTF-8", TEXT, new byte[]{'a', (byte) 0xC3, (byte) 0x28, 'b'}, 400),
                row("overlong UTF-8", TEXT, new byte[]{'a', (byte) 0xC0, (byte) 0xAF}, 400),
                row("surrogate encoded in UTF-8", TEXT, new byte[]{'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 400),
                row("Latin-1 bytes declared UTF-8", TEXT, latin1("Café in São Paulo, 1 août 2014"), 400),
                row("Latin-1 bytes in JSON", JSON, latin1("{\"text\":\"Café, 1 août 2014\"}"), 400),
                row("lone surrogate in text", JSON, json("{\"text\":\"a\\ud800b\"}"), 400),
                row("lone surrogate in title", JSON, json("{\"text\":\"a\",\"title\":\"\\udc00\"}"), 400),
                row("HTML that is only script", HTML, utf8("<script>alert('2014')</script><style>p{}</style>"), 400),
                row("JSON html that is only script", JSON, json("{\"html\":\"<script>alert(2014)</script>\"}"), 400),
                row("JSON with both text and html", JSON, json("{\"text\":\"a\",\"html\":\"<p>b</p>\"}"), 400),
                row("malformed JSON", JSON, json("{\"text\": "), 400),
                row("100,000 nested arrays", JSON, json("[".repeat(DEPTH)), 400),
                row("100,000 nested arrays in a field", JSON, json("{\"text\":\"a\",\"title\":" + "[".repeat(DEPTH)), 400),
                row("100,000 nested objects", JSON, json("{\"text\":" .repeat(DEPTH)), 400),
                row("2,000-digit number", JSON, json("{\"text\":" + "9".repeat(2000) + "}"), 400),
                row("text is an array", JSON, json("{\"text\": [1,2]}"), 400),
                row("text is an object", JSON, json("{\"text\": {\"a\": 1}}"), 400),
                row("text is a number", JSON, json("{\"text\": 2014}"), 400),
                row("text is a boolean", JSON, json("{\"text\": true}"), 400),
                row("title is a number", JSON, json("{\"text\":\"a\",\"title\": 5}"), 400),
                row("publishedAt is a number", JSON, json("{\"text\":\"a\",\"publishedAt\": 20140401}"), 400),
                row("language is an array", JSON, json("{\"text\":\"a\",\"language\": [\"en\"]}"), 400),
                row("JSON null", JSON, json("null"), 400),
                row("JSON array of documents", JSON, json("[{\"text\":\"a\"}]"), 400),
                row("JSON string", JSON, json("\"a text\""), 400),
                row("unknown field", JSON, json("{\"text\":\"a\",\"x\":1}"), 400),
                row("unknown field __proto__", JSON, json("{\"text\":\"a\",\"__proto__\":{\"admin\":true}}"), 400),
                row("title of 1,001 characters", JSON, json("{\"text\":\"a\",\"title\":\"" + "t".repeat(1001) + "\"}"), 400),
                row("title of 1 MB", JSON, json("{\"text\":\"a\",\"title\":\"" + "t".repeat(1 << 20) + "\"}"), 400),
                row("url that is words", JSON, withField("url", "not a url"), 400),
                row("url javascript:", JSON, withField("url", "javascript:alert(1)"), 400),
                row("url data:", JSON, withField("url", "data:text/html,<script>alert(1)</script>"), 400),
                row("url file:", JSON, withField("url", "file:///etc/passwd"), 400),
                row("url ftp:", JSON, withField("url", "ftp://example.org/a"), 400),
                row("url without host", JSON, withField("url", "http://"), 400),
                row("url without scheme", JSON, withField("url", "//example.org/a"), 400),
                row("url with space", JSON, withField("url", "http://exa mple.org/"), 400),
                row("url with injection", JSON, withField("url", "https://example.org/" + INJECTION), 400),
                row("publishedAt year 99999", JSON, withField("publishedAt", "+99999-01-01T00:00:00Z"), 400),
                row("publishedAt year 0", JSON, withField("publishedAt", "0000-01-01"), 400),
                row("publishedAt year -1", JSON, withField("publishedAt", "-0001-01-01"), 400),
                row("publishedAt 30 February", JSON, withField("publishedAt", "2014-02-30"), 400),
                row("publishedAt injection", JSON, withField("publishedAt", INJECTION), 400),
                row("language injection", JSON, withField("language", "en'; drop table document;--"), 400),
                row("language script", JSON, withField("language", "<script>"), 400),
                row("unknown content type", "application/pdf", utf8("%PDF-1.7"), 415),
                row("unknown charset", "text/plain; charset=x-no-such", utf8("a"), 415));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("refused")
    void shouldAnswerProblemAndPublishNothingWhenUploadIsBad(String name, String type, byte[] body, int status) {
        given().contentType(type).body(body)
                .when().post("/documents")
                .then().statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("detail", notNullValue());

        assertThat(sink.received()).isEmpty();
    }

    @Test
    void shouldAnswer413ProblemWhenBodyOverLimitComesWithoutLength() {
        given().contentType(TEXT).body(new ByteArrayInputStream(new byte[LIMIT + 1]))
                .when().post("/documents")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON);

        assertThat(sink.received()).isEmpty();
    }

    static Stream<Arguments> accepted() {
        String html = "<html><head><script>alert('head')</script><style>body{}</style></head><body>"
                + "<h1 onclick=\"alert('h1')\">NATO</h1><svg><script>alert('svg')</script></svg>"
                + "<p>Met in <a href=\"javascript:alert('a')\">2014</a>.<img src=x onerror=\"alert('img')\"></p>"
                + "<noscript>alert('noscript')</noscript><iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"
                + "<template><script>alert('template')</script></template><object data=\"x\">alert</object>"
                + "<!-- alert('comment') --></body></html>";
        return Stream.of(
                accept("HTML with scripts", HTML, utf8(html), text -> assertThat(text)
                        .isEqualTo("NATO\nMet in 2014.").doesNotContain("alert", "script", "<", "javascript")),
                accept("right-to-left text", TEXT, utf8(RTL), text -> assertThat(text).isEqualTo(RTL)),
                accept("emoji and combining marks", TEXT, utf8(EMOJI_AND_MARKS),
                        text -> assertThat(text).isEqualTo(EMOJI_AND_MARKS)),
                accept("Latin-1 bytes declared Latin-1", "text/plain; charset=ISO-8859-1",
                        latin1("Café in São Paulo, 1 août 2014"),
                        text -> assertThat(text).isEqualTo("Café in São Paulo, 1 août 2014")),
                accept("windows-1252 bytes declared so", "text/plain; charset=windows-1252",
                        "“NATO” – 2014".getBytes(Charset.forName("windows-1252")),
                        text -> assertThat(text).isEqualTo("“NATO” – 2014")),
                accept("UTF-8 with byte order mark", TEXT, utf8("\ufeffNATO met in 2014."),
                        text -> assertThat(text).isEqualTo("NATO met in 2014.")),
                accept("injection in text and title", JSON, json("{\"text\":\"" + INJECTION.replace("'", "\\u0027")
                                + "\",\"title\":\"" + INJECTION + "\"}"),
                        text -> assertThat(text).isEqualTo(INJECTION)),
                accept("one line of 4 MB", TEXT, utf8("x".repeat(4 * 1024 * 1024)),
                        text -> assertThat(text).hasSize(4 * 1024 * 1024)),
                accept("100,000 dates", TEXT, utf8("1990 ".repeat(100_000)),
                        text -> assertThat(text).hasSize(500_000)),
                accept("dates in year 99999 and year 0", TEXT, utf8("In the year 99999, or in year 0, or 0000-01-01."),
                        text -> assertThat(text).contains("99999")),
                accept("100,000 nested HTML elements", HTML, utf8("<div>".repeat(DEPTH) + "NATO 2014"),
                        text -> assertThat(text).contains("NATO 2014")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void shouldPublishExactTextWhenUploadIsOddButADocument(String name, String type, byte[] body,
                                                           Consumer<String> text) {
        given().contentType(type).body(body)
                .when().post("/documents")
                .then().statusCode(202);

        assertThat(sink.received()).singleElement().satisfies(m -> text.accept(m.getPayload().text()));
    }

    private static Arguments row(String name, String type, byte[] body, int status) {
        return Arguments.of(name, type, body, status);
    }

    private static Arguments accept(String name, String type, byte[] body, Consumer<String> text) {
        return Arguments.of(name, type, body, text);
    }

    private static byte[] withField(String field, String value) {
        return json("{\"text\":\"NATO met in 2014.\",\"" + field + "\":\"" + value.replace("\"", "\\\"") + "\"}");
    }

    private static byte[] json(String json) {
        return utf8(json);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 1, 0, (byte) 0xFF, (byte) 0xFE};
    }
}
