package dev.polychron.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Document ids come from the text's SHA-256, so the same text always gets the same id. */
public final class DocumentIds {

    private static final int ID_HEX_CHARS = 24;

    private DocumentIds() {
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String idOf(String sha256) {
        return sha256.substring(0, ID_HEX_CHARS);
    }
}
