package dev.polychron.system;

import dev.polychron.local.Service;
import dev.polychron.local.Stack;
import dev.polychron.local.StackOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out on Kafka consumer groups, on the embedded default: a second nlp-service and a second timeline-service
 * join the first ones' consumer groups on topics with several partitions (a second stack that runs only those two,
 * on the first stack's broker and database). Both instances of each must have worked, and the timeline must equal
 * the one single instances build from the same documents. Skip it with {@code -DskipScaleOutTests}.
 */
@Tag("scale")
@DisabledIfSystemProperty(named = "skipScaleOutTests", matches = "(?i)|true")
class ScaleOutIT {

    private static final int DOCUMENTS = Integer.getInteger("polychron.scale.documents", 2000);
    private static final long SEED = 20261124L;
    private static final int PARTITIONS = 4;
    private static final int CLIENTS = 4;
    private static final Duration CONVERGENCE = Duration.ofMinutes(5);
    // HTTP/1.1: the default h2c upgrade once read a plain HTTP/1.1 reply as an HTTP/2 frame (a .ci/run failed on it)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * One run: its homes, the documents accepted, the work each instance did (nlp-service: documents analysed;
     * timeline-service: analyses stored), the documents each timeline-service indexed (whichever instance's indexer
     * takes a queued document first) and the settled timeline.
     */
    private record Run(List<Path> homes, List<String> ids, Map<String, Double> work, Map<String, Double> indexed,
                       TimelineSnapshot snapshot, Duration elapsed) {
    }

    @Test
    void shouldShareWorkAcrossInstancesAndBuildTheSameTimelineAsSingleInstances() throws Exception {
        List<FaultCorpus.Item> items = FaultCorpus.generate(SEED, DOCUMENTS);

        Run scaled = run(items, true);
        Run single = run(items, false);

        report(scaled, single);
        assertThat(scaled.ids()).doesNotContainNull().doesNotHaveDuplicates().hasSize(DOCUMENTS);
        assertThat(scaled.work()).as("documents each nlp-service analysed, analyses each timeline-service stored").hasSize(4)
                .allSatisfy((instance, count) -> assertThat(count).as(instance).isPositive());
        assertThat(scaled.snapshot().notIndexed(new HashSet<>(scaled.ids()))).as("not INDEXED").isEmpty();
        assertThat(scaled.snapshot().failures()).as("FAILED documents, by reason").isEmpty();
        assertThat(scaled.snapshot().duplicatedSources()).as("duplicated event sources").isEmpty();
        assertThat(scaled.snapshot().documents()).as("status, duplicate and counts per document")
                .isEqualTo(single.snapshot().documents());
        assertThat(scaled.snapshot().events()).as("events: date value and set of source sentences")
                .isEqualTo(single.snapshot().events());
        for (Path home : scaled.homes()) {
            Stack.deleteHome(home);
        }
        for (Path home : single.homes()) {
            Stack.deleteHome(home);
        }
    }

    private static Run run(List<FaultCorpus.Item> items, boolean scaled) throws Exception {
        Instant start = Instant.now();
        Path root = StackOptions.findRoot(Path.of(""));
        Path home = Files.createTempDirectory(scaled ? "polychron-scale-test" : "polychron-scale-reference");
        try (Stack stack = Stack.start(StackOptions.forTests(root, home).withTopicPartitions(PARTITIONS))) {
            if (!scaled) {
                return upload(stack, null, items, List.of(home), start);
            }
            Path secondHome = Files.createTempDirectory("polychron-scale-second");
            try (Stack second = Stack.start(StackOptions.forTests(root, secondHome)
                    .withServices(EnumSet.of(Service.NLP, Service.TIMELINE))
                    .withExternalKafka(stack.kafkaBootstrapServers())
                    .withExternalDatabase(stack.database())
                    .withTopicPartitions(PARTITIONS))) {
                return upload(stack, second, items, List.of(home, secondHome), start);
            }
        }
    }

    private static Run upload(Stack stack, Stack second, List<FaultCorpus.Item> items, List<Path> homes,
                              Instant start) throws Exception {
        PacedUploader.Report uploads = new PacedUploader(stack.gatewayUrl(), stack.apiKey()).upload(items, CLIENTS, 0);
        TimelineSnapshot snapshot = StackRuns.awaitSettled(stack.gatewayUrl(), new HashSet<>(uploads.ids()),
                CONVERGENCE);
        Map<String, Double> work = new LinkedHashMap<>();
        Map<String, Double> indexed = new LinkedHashMap<>();
        for (Stack instance : second == null ? List.of(stack) : List.of(stack, second)) {
            String label = instance == stack ? "first " : "second ";
            work.put(label + Service.NLP.id() + " analysed",
                    sum(instance.serviceUrl(Service.NLP.id()), "polychron_documents_analyzed_total", ""));
            work.put(label + Service.TIMELINE.id() + " stored",
                    sum(instance.serviceUrl(Service.TIMELINE.id()), "polychron_analyses_stored_total", ""));
            indexed.put(label + Service.TIMELINE.id() + " indexed",
                    sum(instance.serviceUrl(Service.TIMELINE.id()), "polychron_documents_indexed_total", ""));
        }
        return new Run(homes, uploads.ids(), work, indexed, snapshot, Duration.between(start, Instant.now()));
    }

    /** The sum of a counter's series (those whose labels contain {@code labels}) at a service's /q/metrics. */
    private static double sum(String serviceUrl, String name, String labels) throws IOException, InterruptedException {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        // a sample line: name{labels} value, maybe followed by an OpenMetrics exemplar
        Matcher sample = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)").matcher(metrics.body());
        double total = 0;
        while (sample.find()) {
            if (sample.group(1) == null ? labels.isEmpty() : sample.group(1).contains(labels)) {
                total += Double.parseDouble(sample.group(2));
            }
        }
        return total;
    }

    private static void report(Run scaled, Run single) {
        System.out.println(String.join(System.lineSeparator(),
                "==== ScaleOutIT: two nlp-service and two timeline-service instances, " + PARTITIONS
                        + " partitions per topic ====",
                String.format("documents            %d accepted", scaled.ids().size()),
                String.format("work per instance    %s", scaled.work()),
                String.format("indexed per instance %s", scaled.indexed()),
                String.format("timeline             %d events, %d sources; single instances: %d events, %d sources;"
                                + " equal: %s", scaled.snapshot().events().size(), scaled.snapshot().sourceCount(),
                        single.snapshot().events().size(), single.snapshot().sourceCount(),
                        scaled.snapshot().events().equals(single.snapshot().events())),
                String.format("elapsed              scaled %s, single %s", StackRuns.seconds(scaled.elapsed()),
                        StackRuns.seconds(single.elapsed())),
                "================================================"));
    }
}
