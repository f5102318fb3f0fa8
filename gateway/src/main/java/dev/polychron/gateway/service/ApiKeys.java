package dev.polychron.gateway.service;

import dev.polychron.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The API keys and who needs one. Keys are held only as SHA-256 digests and a presented key is compared with every
 * one of them in constant time, so neither its content nor its length shows in the time taken.
 */
@ApplicationScoped
public class ApiKeys {

    public static final String HEADER = "X-API-Key";

    private static final Set<String> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String ANALYZE = "/api/analyze";

    private final List<byte[]> digests;
    private final boolean readsNeedKey;

    public ApiKeys(GatewayConfig config) {
        this.digests = config.apiKeys().orElse(List.of()).stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(ApiKeys::sha256)
                .toList();
        this.readsNeedKey = config.readsNeedKey();
    }

    /** How many keys are configured. */
    public int count() {
        return digests.size();
    }

    public boolean readsNeedKey() {
        return readsNeedKey;
    }

    /** The position of the configured key {@code presented} equals, or empty when it equals none. */
    public OptionalInt match(String presented) {
        if (presented == null) {
            return OptionalInt.empty();
        }
        byte[] candidate = sha256(presented);
        int found = -1;
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), candidate) && found < 0) {
                found = i;
            }
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    public boolean valid(String presented) {
        return match(presented).isPresent();
    }

    /**
     * Whether a request needs a valid key: once keys are configured every write does, wherever it goes (so an odd
     * spelling of a path cannot slip past), and reads of {@code /api} do when reads are closed too.
     */
    public boolean required(String method, String normalizedPath) {
        if (digests.isEmpty()) {
            return false;
        }
        if (!isRead(method, normalizedPath)) {
            return true;
        }
        return readsNeedKey && isApi(normalizedPath);
    }

    /** Whether the path is part of the public API the gateway routes to the services. */
    public static boolean isApi(String normalizedPath) {
        return normalizedPath.equals("/api") || normalizedPath.startsWith("/api/");
    }

    private static boolean isRead(String method, String path) {
        return READ_METHODS.contains(method) || (HttpMethod.POST.equals(method) && ANALYZE.equals(path));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
