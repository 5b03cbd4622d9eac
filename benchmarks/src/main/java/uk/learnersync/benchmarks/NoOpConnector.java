package uk.learnersync.benchmarks;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.sync.EpaPlatformConnector;

/** For the outbox comparison: a connector that tells no platform anything, reports success and reads nothing back. */
@Configuration(proxyBeanMethods = false)
class NoOpConnector {

    @Bean
    @Primary
    EpaPlatformConnector silentConnector() {
        return new EpaPlatformConnector() {
            @Override
            public DeliveryResult deliver(DeliveryRequest request) {
                return new DeliveryResult(Outcome.DELIVERED, "{}", 200, "{}", null, null);
            }

            @Override
            public FeedPage readChanges(EpaConnection connection, String cursor, int limit) {
                // A platform's feed always answers where to read on from, also before its first change.
                return new FeedPage(List.of(), cursor == null ? "0" : cursor);
            }

            @Override
            public RecordPage readRecords(EpaConnection connection, String after, int limit) {
                return new RecordPage(List.of(), null);
            }
        };
    }
}
