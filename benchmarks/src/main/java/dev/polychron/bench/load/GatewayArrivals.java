package dev.polychron.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's histogram of how long timeline changes took from the outbox relay's stamp to the gateway
 * ({@code polychron_stream_arrival_delay_seconds}, Prometheus buckets at {@code /q/metrics}): read before and after a
 * run, its difference tells the broker's part of the subscribers' delay.
 */
final class GatewayArrivals {

    private static final Pattern BUCKET = Pattern.compile(
            "^polychron_stream_arrival_delay_seconds_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*}\\s+(\\S+)", Pattern.MULTILINE);

    /** Changes counted up to each bucket's upper bound in seconds, cumulative as Prometheus gives them. */
    private final TreeMap<Double, Double> cumulative;

    GatewayArrivals(TreeMap<Double, Double> cumulative) {
        this.cumulative = cumulative;
    }

    static GatewayArrivals read(String gatewayUrl) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/q/metrics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        return parse(metrics);
    }

    static GatewayArrivals parse(String metrics) {
        TreeMap<Double, Double> cumulative = new TreeMap<>();
        Matcher bucket = BUCKET.matcher(metrics);
        while (bucket.find()) {
            double bound = bucket.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(1));
            cumulative.merge(bound, Double.parseDouble(bucket.group(2)), Double::sum);
        }
        return new GatewayArrivals(cumulative);
    }

    /** The changes that arrived since {@code before}. */
    GatewayArrivals since(GatewayArrivals before) {
        TreeMap<Double, Double> difference = new TreeMap<>();
        cumulative.forEach((bound, count) -> difference.put(bound, count - before.cumulative.getOrDefault(bound, 0.0)));
        return new GatewayArrivals(difference);
    }

    /** The bucket bound, in seconds, under which {@code fraction} of the changes arrived. */
    double percentile(double fraction) {
        double total = cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= fraction * total) {
                return bucket.getKey();
            }
        }
        return Double.NaN;
    }

    String summary() {
        return String.format(Locale.ROOT, "%.0f changes, p50 ≤ %.0f ms, p95 ≤ %.0f ms, p99 ≤ %.0f ms",
                cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue(), percentile(0.5) * 1e3,
                percentile(0.95) * 1e3, percentile(0.99) * 1e3);
    }
}
