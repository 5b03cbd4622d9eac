package uk.learnersync.provider.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the demo finds the EPA platform to connect to; the launcher sets both when it starts the
 * platform beside the service.
 */
@ConfigurationProperties("learnersync.demo")
record DemoProperties(String epaPlatformUrl, String epaPlatformAdminToken) {

    boolean platformKnown() {
        return epaPlatformUrl != null && !epaPlatformUrl.isBlank() && epaPlatformAdminToken != null
                && !epaPlatformAdminToken.isBlank();
    }
}
