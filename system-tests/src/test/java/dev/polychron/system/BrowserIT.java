package dev.polychron.system;

import dev.polychron.local.StackOptions;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The web page in headless Chromium against the running system: upload an article on the page, watch another
 * language's telling of the same event arrive live, filter by an alias in another language, read an event's
 * sources in both languages. Screenshots go to {@code target/screenshots}.
 */
@ExtendWith(SharedSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final Duration INDEXED = Duration.ofSeconds(90);
    private static final String ENGLISH = "Arctic talks went on for years without a text. On 12 March 2031 Russia"
            + " and NATO signed an agreement on search and rescue in the Barents Sea.";
    private static final String VIETNAMESE = "Ngày 12 tháng 3 năm 2031, Nga và NATO đã ký một thỏa thuận về tìm kiếm"
            + " cứu nạn trên biển Barents. Ngày 5 tháng 6 năm 2032, Nga mở lại tuyến đường sắt tới Murmansk.";
    private static SystemUnderTest system;
    private static Browser browser;

    @BeforeAll
    static void openBrowserOnSamples(SystemUnderTest shared) throws IOException {
        system = shared;
        browser = Browser.open(system.gatewayUrl(), 1280, 900);
        try (Stream<Path> samples = Files.list(StackOptions.findRoot(Path.of("")).resolve("samples"))) {
            for (Path sample : samples.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                awaitIndexed(system.writer().contentType(ContentType.JSON).body(Files.readAllBytes(sample))
                        .post("/api/documents").then().statusCode(202).extract().path("id"));
            }
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void shouldUploadArticleOnThePageAskForTheKeyAndShowItsTextAnnotatedOnceIndexed() {
        browser.visit("#/upload");
        browser.find("textarea[name=text]").sendKeys(ENGLISH);
        browser.find("input[name=title]").sendKeys("Arctic rescue agreement");
        browser.find("input[name=language]").sendKeys("en");
        browser.find("form.upload button.primary").click();

        browser.until(Duration.ofSeconds(10), ExpectedConditions.visibilityOfElementLocated(By.id("key-input")))
                .sendKeys(system.apiKey());
        browser.find("#key-dialog button[value=ok]").click();

        browser.until(INDEXED, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".doc-status"),
                "INDEXED"));
        browser.until(Duration.ofSeconds(10), ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                ".annotated mark")));
        assertThat(browser.find("h1").getText()).isEqualTo("Arctic rescue agreement");
        WebElement date = browser.find(".annotated mark.date[title^='2031-03-12']");
        assertThat(date.getText()).isEqualTo("12 March 2031");
        assertThat(browser.find(".annotated mark.entity[data-entity='loc-ru']").getText()).isEqualTo("Russia");
        browser.screenshot("document-annotated");
    }

    @Test
    @Order(2)
    void shouldShowAnotherLanguagesTellingAndANewEventLiveWithoutReload() {
        browser.visit("#/");
        browser.until(Duration.ofSeconds(20), ExpectedConditions.attributeToBe(By.id("live"), "data-state", "live"));
        browser.until(Duration.ofSeconds(20), d -> browser.find(".count").getText().contains(" of "));
        browser.script("window.stillTheSamePage = true");

        awaitIndexed(system.writer().contentType(ContentType.JSON)
                .body(Map.of("text", VIETNAMESE, "title", "Thỏa thuận cứu nạn Bắc Cực", "language", "vi"))
                .post("/api/documents").then().statusCode(202).extract().path("id"));

        browser.until(Duration.ofSeconds(20), d -> eventAt("2032-06-05").isPresent());
        browser.until(Duration.ofSeconds(20), d -> eventAt("2031-03-12")
                .map(e -> Set.of(e.findElement(By.cssSelector(".langs")).getText().split(" · ")))
                .orElse(Set.of()).equals(Set.of("en", "vi")));
        // the change carried the Vietnamese source only; opened, the event shows both
        List<String> languages = browser.until(Duration.ofSeconds(10), d -> sourceLanguagesOpened("2031-03-12"));
        assertThat(languages).containsExactlyInAnyOrder("en", "vi");
        assertThat(browser.script("return window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(browser.find("#live").getText()).startsWith("live · ");
    }

    @Test
    @Order(3)
    void shouldFilterByAnEntityAliasInAnotherLanguageAndPutTheFilterInTheUrl() {
        browser.visit("#/");
        browser.until(Duration.ofSeconds(20), d -> browser.find(".count").getText().contains(" of "));
        WebElement picker = browser.find("input[role=combobox]");
        picker.sendKeys("Nga");
        WebElement option = browser.until(Duration.ofSeconds(10), ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[role=listbox] [role=option]")));
        assertThat(option.getText()).startsWith("Russia");
        picker.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

        browser.until(Duration.ofSeconds(10), ExpectedConditions.urlContains("entity=loc-ru"));
        int expected = system.api().get("/api/timeline?entity=Nga&limit=1000").path("events.size()");
        browser.until(Duration.ofSeconds(10), d -> browser.find(".count").getText()
                .startsWith(expected + " event"));
        assertThat(eventAt("2031-03-12")).as("the English telling, found through the Vietnamese alias").isPresent();
        assertThat(picker.getAttribute("value")).isEqualTo("Russia");
        String csv = browser.find("a.export[download$='.csv']").getAttribute("href");
        assertThat(csv).contains("entity=loc-ru").contains("format=csv");
        assertThat(RestAssured.get(csv).then().statusCode(200).extract().asString().split("\r\n"))
                .as("the CSV export of the filtered view: a header and one row per event").hasSize(expected + 1);

        browser.visit("#/?entity=loc-ru&from=2031&to=2031");
        browser.until(Duration.ofSeconds(20), d -> browser.find(".count").getText().startsWith("1 event "));
    }

    @Test
    @Order(4)
    void shouldOpenAnEventAndShowEverySourceSentenceWithItsSpans() {
        browser.visit("#/?q=Barents");
        WebElement event = browser.until(Duration.ofSeconds(20), d -> eventAt("2031-03-12").orElse(null));
        event.findElement(By.cssSelector("summary")).click();

        // the page fills the sources in on the details' toggle event, which comes after the click
        List<WebElement> sources = browser.until(Duration.ofSeconds(10), d -> {
            List<WebElement> shown = event.findElements(By.cssSelector(".sources > li"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(sources).extracting(s -> s.getAttribute("lang")).containsExactlyInAnyOrder("en", "vi");
        for (WebElement source : sources) {
            assertThat(source.findElements(By.cssSelector("mark.date"))).isNotEmpty();
            assertThat(source.findElements(By.cssSelector("mark.entity[data-entity='loc-ru']"))).isNotEmpty();
        }
        assertThat(event.findElements(By.cssSelector(".chips a"))).extracting(WebElement::getText)
                .contains("Russia");
        browser.screenshot("event-sources");
    }

    @Test
    @Order(5)
    void shouldShowAnEntitysNamesPerLanguageAndManageTheDocuments() {
        String doomed = system.writer().contentType(ContentType.JSON)
                .body(Map.of("text", "On 3 October 2033 Zerbinia held a vote.", "title", "Zerbinia vote"))
                .post("/api/documents").then().statusCode(202).extract().path("id");
        awaitIndexed(doomed);
        browser.visit("#/entity/loc-ru");
        browser.until(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector("ol.events details.event"))
                .isEmpty());
        assertThat(browser.find("h1").getText()).startsWith("Russia");
        assertThat(browser.find("dl.aliases").getText()).contains("Nga", "Ρωσία", "Russia");

        browser.visit("#/documents");
        WebElement row = browser.until(Duration.ofSeconds(20), d -> d.findElements(By.cssSelector(
                "table.documents tbody tr")).stream().filter(r -> r.getText().contains("Arctic rescue agreement"))
                .findFirst().orElse(null));
        assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("INDEXED");
        assertThat(row.getText()).contains("en");
        row.findElement(By.cssSelector("button.reprocess")).click();
        browser.until(Duration.ofSeconds(10), ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".notice"), "analysed again"));

        browser.find("tr[data-id='" + doomed + "'] button.delete").click();
        browser.until(Duration.ofSeconds(5), ExpectedConditions.alertIsPresent()).accept();
        browser.until(Duration.ofSeconds(10), ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("tr[data-id='" + doomed + "']")));
        system.api().get("/api/documents/" + doomed).then().statusCode(404);
    }

    @Test
    @Order(6)
    void shouldFetchNothingFromOtherOriginsAndFitAPhoneScreen() {
        browser.visit("#/");
        browser.until(Duration.ofSeconds(20), d -> browser.find(".count").getText().contains(" of "));
        browser.find("canvas.axis");
        browser.screenshot("timeline");
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(r => r.name)");
        assertThat(fetched).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(system.gatewayUrl()));

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.visit("#/");
        browser.until(Duration.ofSeconds(20), d -> browser.find(".count").getText().contains(" of "));
        assertThat((Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth"))
                .as("horizontal overflow on a phone").isLessThanOrEqualTo(0L);
        browser.screenshot("timeline-phone");
    }

    /** Opens the event of the day and answers its sources' languages once it shows two, else null. */
    private static List<String> sourceLanguagesOpened(String day) {
        try {
            return eventAt(day).map(event -> {
                if (event.getAttribute("open") == null) {
                    event.findElement(By.cssSelector("summary")).click();
                }
                List<String> shown = event.findElements(By.cssSelector(".sources > li")).stream()
                        .map(source -> source.getAttribute("lang")).toList();
                return shown.size() == 2 ? shown : null;
            }).orElse(null);
        } catch (StaleElementReferenceException redrawn) {
            return null;
        }
    }

    private static Optional<WebElement> eventAt(String day) {
        return browser.driver().findElements(By.cssSelector("#event-list details.event")).stream()
                .filter(e -> !e.findElements(By.cssSelector("time[datetime='" + day + "']")).isEmpty())
                .findFirst();
    }

    private static void awaitIndexed(String id) {
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                system.api().get("/api/documents/" + id).then().statusCode(200).body("status", equalTo("INDEXED")));
    }
}
