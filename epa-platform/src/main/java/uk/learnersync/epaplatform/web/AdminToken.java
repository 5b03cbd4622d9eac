package uk.learnersync.epaplatform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;

import uk.learnersync.epaplatform.EpaPlatformProperties;

/**
 * The operator's token: {@code EPA_PLATFORM_ADMIN_TOKEN}, or one generated once and kept in the data
 * directory so that it survives restarts.
 */
@Component
class AdminToken {

    private final String value;
    private final boolean generated;

    AdminToken(EpaPlatformProperties properties) {
        this.generated = properties.adminToken().isBlank();
        this.value = generated ? readOrCreate(properties.dataDir().resolve("admin-token")) : properties.adminToken();
    }

    String value() {
        return value;
    }

    boolean generated() {
        return generated;
    }

    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String token = "epa_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, token, StandardCharsets.UTF_8);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the operator token at " + file, e);
        }
    }
}
