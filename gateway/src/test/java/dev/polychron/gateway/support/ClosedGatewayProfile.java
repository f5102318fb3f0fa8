package dev.polychron.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The gateway's one test profile: everything locked down and tight, so that the limits can be reached in a test. Reads
 * need a key; each key or client gets a bucket of five requests, refilled so slowly (one in 20 s) that a slow test
 * machine cannot refill it during a test; bodies stop at 1 KiB; the
 * access log is on; the client address comes from {@code X-Forwarded-For}, as behind an ingress, so that each test
 * can be its own client; real REST clients call a {@link RecordingBackend}.
 */
public class ClosedGatewayProfile implements QuarkusTestProfile {

    public static final String READS_KEY = "closed-reads-5f1c";
    public static final String RATE_KEY = "closed-rate-9a3e";
    public static final String OTHER_KEY = "closed-other-77b2";
    public static final String SECRET_KEY = "closed-secret-4d0f-never-logged";
    public static final int BURST = 5;
    public static final int MAX_BODY_BYTES = 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("polychron.gateway.api-keys", String.join(",", READS_KEY, RATE_KEY, OTHER_KEY, SECRET_KEY)),
                Map.entry("polychron.gateway.reads-need-key", "true"),
                Map.entry("polychron.gateway.rate-limit.requests-per-second", "0.05"),
                Map.entry("polychron.gateway.rate-limit.burst", Integer.toString(BURST)),
                Map.entry("polychron.gateway.max-body-size", Integer.toString(MAX_BODY_BYTES)),
                Map.entry("quarkus.http.access-log.enabled", "true"),
                Map.entry("quarkus.http.access-log.pattern", "combined"),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.0/8,::1"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RecordingBackend.class));
    }
}
