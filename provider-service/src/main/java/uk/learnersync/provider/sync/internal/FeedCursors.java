package uk.learnersync.provider.sync.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.epa.EpaConnection;

/**
 * How far each connection's change feed has been read back. A cursor moves only from where it was found,
 * so that of several instances reading one feed, one applies each page.
 */
@Repository
class FeedCursors {

    private final JdbcClient jdbc;

    FeedCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the feed was never read: from its start. */
    Optional<String> of(EpaConnection connection) {
        return jdbc.sql("SELECT cursor FROM sync_feed_cursors WHERE connection_id = ?")
                .param(connection.id().value())
                .query(String.class)
                .optional();
    }

    /** Moves the cursor from {@code from} to {@code to}; false when another instance moved it first. */
    boolean advance(EpaConnection connection, String from, String to) {
        if (from == null) {
            return jdbc.sql("""
                            INSERT INTO sync_feed_cursors (connection_id, provider_id, cursor) VALUES (?, ?, ?)
                            ON CONFLICT (connection_id) DO NOTHING""")
                    .params(connection.id().value(), connection.providerId().value(), to)
                    .update() == 1;
        }
        return jdbc.sql("UPDATE sync_feed_cursors SET cursor = ?, read_at = now() WHERE connection_id = ? AND cursor = ?")
                .params(to, connection.id().value(), from)
                .update() == 1;
    }
}
