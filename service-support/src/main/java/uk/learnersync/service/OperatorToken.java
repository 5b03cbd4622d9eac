package uk.learnersync.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A service operator's bearer token: the one set in the environment, or one generated once and kept in
 * a file of the data directory so that it survives restarts.
 */
public final class OperatorToken {

    private final String value;
    private final boolean generated;

    private OperatorToken(String value, boolean generated) {
        this.value = value;
        this.generated = generated;
    }

    /**
     * {@code configured} when it is set; otherwise the token kept in {@code file}, written there first
     * (256 random bits after {@code prefix}) when there is none.
     */
    public static OperatorToken of(String configured, Path file, String prefix) {
        if (configured != null && !configured.isBlank()) {
            return new OperatorToken(configured, false);
        }
        return new OperatorToken(readOrCreate(file, prefix), true);
    }

    public String value() {
        return value;
    }

    /** Whether the token was generated here rather than set by the operator. */
    public boolean generated() {
        return generated;
    }

    /** In constant time, so that the answer's timing tells nothing about the token. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String readOrCreate(Path file, String prefix) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String token = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, token, StandardCharsets.UTF_8);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the operator token at " + file, e);
        }
    }

    @Override
    public String toString() {
        return "OperatorToken[<hidden>]";
    }
}
