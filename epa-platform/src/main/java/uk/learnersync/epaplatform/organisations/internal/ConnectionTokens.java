package uk.learnersync.epaplatform.organisations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Connections' bearer tokens and the one-way hash under which they are stored. */
public final class ConnectionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConnectionTokens() {
    }

    /** 256 random bits, URL-safe; the prefix tells a reader of a log what kind of secret it is. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "epc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 suffices for 256-bit random tokens: they cannot be guessed, so no slow hash is needed. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
