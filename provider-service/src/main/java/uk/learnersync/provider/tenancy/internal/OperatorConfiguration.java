package uk.learnersync.provider.tenancy.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.learnersync.provider.LearnerSyncProperties;
import uk.learnersync.service.OperatorToken;
import uk.learnersync.service.StartupBanner;
import uk.learnersync.service.StartupBanner.Link;

/** The platform operator's token, and the banner that tells the person who started the service about it. */
@Configuration(proxyBeanMethods = false)
class OperatorConfiguration {

    /** {@code LEARNERSYNC_ADMIN_TOKEN}, or one generated once into the data directory. */
    @Bean
    OperatorToken adminToken(LearnerSyncProperties properties) {
        return OperatorToken.of(properties.adminToken(), properties.dataDir().resolve("admin-token"), "lsa_");
    }

    @Bean
    StartupBanner startupBanner(OperatorToken adminToken) {
        return new StartupBanner("LearnerSync provider service", adminToken, "LEARNERSYNC_ADMIN_TOKEN", List.of(
                new Link("web pages", "/"),
                new Link("REST API docs", "/swagger-ui/index.html"),
                new Link("health", "/actuator/health")));
    }
}
