package uk.learnersync.epaplatform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the EPA platform; each is documented in epa-platform/README.md with its environment variable.
 *
 * @param dataDir    where the embedded PostgreSQL and the generated operator token live
 * @param adminToken the operator's bearer token; generated, kept in {@code dataDir} and printed when blank
 */
@ConfigurationProperties("epa-platform")
public record EpaPlatformProperties(Path dataDir, String adminToken) {

    public EpaPlatformProperties {
        dataDir = dataDir == null ? Path.of("data", "epa-platform") : dataDir;
        adminToken = adminToken == null ? "" : adminToken;
    }
}
