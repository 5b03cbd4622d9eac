package uk.learnersync.epaplatform.organisations;

import java.time.Instant;

/** A connection as the operator sees it: revoked from {@code revokedAt} on, when its token stopped signing in. */
public record ConnectionState(Connection connection, Instant createdAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
