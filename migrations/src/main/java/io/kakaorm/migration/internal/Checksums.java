package io.kakaorm.migration.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code v1:sha256:<hex>} of a migration file's text with CRLF and CR line endings made LF. */
public final class Checksums {
    private Checksums() {}

    public static String of(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return "v1:sha256:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
