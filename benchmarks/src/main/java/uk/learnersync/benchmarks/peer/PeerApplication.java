package uk.learnersync.benchmarks.peer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The peer: Spring Modulith's JDBC event publication registry as its reference documentation sets it
 * up: an {@code @ApplicationModuleListener} (asynchronous, after commit, in a transaction of its own),
 * the registry's table created by {@code spring.modulith.events.jdbc.schema-initialization.enabled},
 * completion by update (the default mode), Boot's default task executor.
 */
@SpringBootApplication
public class PeerApplication {

    /** The event: as small as our outbox's row needs to be. */
    public record PeerEvent(long sequence, String learnerId) {
    }

    @Component
    static class NoOpHandler {

        @ApplicationModuleListener
        void on(PeerEvent event) {
            // The same no-op handler as the outbox's connector: only the registry's own work is measured.
        }
    }
}
