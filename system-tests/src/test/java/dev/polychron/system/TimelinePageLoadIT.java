package dev.polychron.system;

import dev.polychron.local.Service;
import dev.polychron.local.Stack;
import dev.polychron.local.StackOptions;
import dev.polychron.local.SyntheticTimeline;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page with 5,000 events loaded: how long each filter takes to apply, from the input's change to the
 * next frame after the list and the axis are redrawn, measured in Chromium and printed (no timer decides the
 * outcome). Each filter's count is checked against the API's answer for the same filter. Runs on its own stack
 * (timeline-service and the gateway) holding only the {@link SyntheticTimeline}.
 */
class TimelinePageLoadIT {

    private static final int EVENTS = Integer.getInteger("ui.events", 5000);
    private static final int REPEATS = 5;
    // applies one filter the way a person does (a value, then the input's own event) and answers the milliseconds
    // until the frame after the page's next render
    private static final String APPLY = """
            const [selector, value, eventName, done] = arguments;
            const input = document.querySelector(selector);
            const began = performance.now();
            document.addEventListener('timeline:rendered',
                () => requestAnimationFrame(() => done(performance.now() - began)), {once: true});
            input.value = value;
            if (eventName === 'keydown') input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));
            else input.dispatchEvent(new Event(eventName));
            """;

    @Test
    void shouldApplyEveryFilterOverFiveThousandEventsAndReportHowLongEachTook() throws Exception {
        Path home = Files.createTempDirectory("polychron-ui-load");
        try (Stack stack = Stack.start(StackOptions.forTests(StackOptions.findRoot(Path.of("")), home)
                .withServices(EnumSet.of(Service.TIMELINE, Service.GATEWAY)));
             Browser browser = Browser.open(stack.gatewayUrl(), 1280, 900)) {
            SyntheticTimeline.load(stack.database(), EVENTS);
            browser.visit("#/");
            browser.until(Duration.ofSeconds(60), d -> browser.find(".count").getText()
                    .equals(String.format("%,d events of %,d", EVENTS, EVENTS)));

            Map<String, Filter> filters = new LinkedHashMap<>();
            filters.put("entity (alias, type-ahead)", new Filter("input[role=combobox]",
                    SyntheticTimeline.entityName(17), "keydown", "entity=" + SyntheticTimeline.entityName(17)));
            filters.put("text", new Filter("input[name=q]", SyntheticTimeline.TOPICS[2], "input",
                    "q=" + SyntheticTimeline.TOPICS[2]));
            filters.put("date range (from)", new Filter("input[name=from]", "1950", "change", "from=1950"));
            filters.put("language", new Filter("select[name=language]", "en", "change", "language=en"));
            StringBuilder report = new StringBuilder(String.format(
                    "Web page, %,d events loaded: milliseconds from a filter's input to the next frame (%d runs)%n",
                    EVENTS, REPEATS));
            report.append(String.format("%-28s %8s %8s %8s%n", "filter", "median", "max", "events"));
            for (Map.Entry<String, Filter> entry : filters.entrySet()) {
                Filter filter = entry.getValue();
                List<Double> millis = new ArrayList<>();
                for (int run = 0; run < REPEATS; run++) {
                    browser.asyncScript(APPLY, filter.selector(), "", filter.event());
                    millis.add(((Number) browser.asyncScript(APPLY, filter.selector(), filter.value(),
                            filter.event())).doubleValue());
                }
                browser.asyncScript(APPLY, filter.selector(), filter.value(), filter.event());
                int expected = countThroughApi(stack.gatewayUrl(), filter.query());
                assertThat(browser.find(".count").getText()).as(entry.getKey())
                        .startsWith(String.format("%,d event", expected));
                browser.asyncScript(APPLY, filter.selector(), "", filter.event());
                millis.sort(Double::compare);
                report.append(String.format("%-28s %8.1f %8.1f %8d%n", entry.getKey(), millis.get(REPEATS / 2),
                        millis.get(REPEATS - 1), expected));
            }
            browser.screenshot("timeline-5000");
            System.out.print(report);
            Files.writeString(Path.of("target", "ui-filter-timings.txt"), report);
        } finally {
            Stack.deleteHome(home);
        }
    }

    private static int countThroughApi(String gatewayUrl, String query) {
        int count = 0;
        String cursor = null;
        do {
            var page = RestAssured.given().baseUri(gatewayUrl).urlEncodingEnabled(true)
                    .get("/api/timeline?limit=1000&" + query + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            count += page.getList("events").size();
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return count;
    }

    private record Filter(String selector, String value, String event, String query) {
    }
}
