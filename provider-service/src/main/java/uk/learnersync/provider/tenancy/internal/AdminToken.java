package uk.learnersync.provider.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.LearnerSyncProperties;

/**
 * The platform operator's bearer token: {@code LEARNERSYNC_ADMIN_TOKEN}, or one generated once and
 * kept in the data directory so that it survives restarts.
 */
@Component
public class AdminToken {

    private final String value;
    private final boolean generated;

    AdminToken(LearnerSyncProperties properties) {
        if (!properties.adminToken().isBlank()) {
            this.value = properties.adminToken();
            this.generated = false;
        } else {
            this.value = readOrCreate(properties.dataDir().resolve("admin-token"));
            this.generated = true;
        }
    }

    public String value() {
        return value;
    }

    /** Whether the token was generated here rather than set by the operator. */
    public boolean generated() {
        return generated;
    }

    boolean matches(String presented) {
        return Secrets.constantTimeEquals(value, presented);
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            String token = Secrets.newToken("lsa_");
            Files.writeString(file, token, StandardCharsets.UTF_8);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the admin token at " + file, e);
        }
    }
}
