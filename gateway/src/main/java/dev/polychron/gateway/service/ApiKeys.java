package dev.polychron.gateway.service;

import dev.polychron.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** Checks API keys in constant time against every configured key. */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> keys;
    private final boolean readsNeedKey;

    public ApiKeys(GatewayConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .toList();
        this.readsNeedKey = config.readsNeedKey();
    }

    public boolean required(boolean write) {
        return !keys.isEmpty() && (write || readsNeedKey);
    }

    public boolean valid(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, candidate);
        }
        return match;
    }
}
