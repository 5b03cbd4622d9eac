package uk.learnersync.benchmarks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import uk.learnersync.provider.sync.EpaPlatformConnector;

/** For the outbox comparison: a connector that tells no platform anything and reports success. */
@Configuration(proxyBeanMethods = false)
class NoOpConnector {

    @Bean
    @Primary
    EpaPlatformConnector silentConnector() {
        return request -> new EpaPlatformConnector.DeliveryResult(EpaPlatformConnector.Outcome.DELIVERED, "{}", 200,
                "{}", null, null);
    }
}
