package uk.learnersync.provider;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the provider service; each is documented in the README with its environment variable.
 *
 * @param dataDir        where the embedded PostgreSQL (and the generated secrets) live
 * @param adminToken     the platform operator's bearer token; generated and printed when blank
 * @param demoData       whether to load the demo provider at start-up
 * @param secretKey      base64 of the 256-bit AES key that encrypts stored EPA platform tokens;
 *                       generated once into the data directory when blank
 */
@ConfigurationProperties("learnersync")
public record LearnerSyncProperties(Path dataDir, String adminToken, boolean demoData,
                                    String secretKey) {

    public LearnerSyncProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        adminToken = adminToken == null ? "" : adminToken;
        secretKey = secretKey == null ? "" : secretKey;
    }
}
