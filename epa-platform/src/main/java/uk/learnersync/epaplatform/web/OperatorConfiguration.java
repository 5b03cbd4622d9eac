package uk.learnersync.epaplatform.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.learnersync.epaplatform.EpaPlatformProperties;
import uk.learnersync.service.OperatorToken;
import uk.learnersync.service.StartupBanner;
import uk.learnersync.service.StartupBanner.Link;

/** The operator's token, and the banner that tells the person who started the platform about it. */
@Configuration(proxyBeanMethods = false)
class OperatorConfiguration {

    /** {@code EPA_PLATFORM_ADMIN_TOKEN}, or one generated once into the data directory. */
    @Bean
    OperatorToken adminToken(EpaPlatformProperties properties) {
        return OperatorToken.of(properties.adminToken(), properties.dataDir().resolve("admin-token"), "epa_");
    }

    @Bean
    StartupBanner startupBanner(OperatorToken adminToken) {
        return new StartupBanner("LearnerSync EPA platform", adminToken, "EPA_PLATFORM_ADMIN_TOKEN", List.of(
                new Link("pages", "/", "user operator, operator token"),
                new Link("API docs", "/swagger-ui/index.html"),
                new Link("health", "/actuator/health")));
    }
}
