package uk.learnersync.provider.sync.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.learners.EpaProgress;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.EpaPlatformConnector;
import uk.learnersync.provider.sync.EpaPlatformConnector.FeedPage;
import uk.learnersync.provider.sync.EpaPlatformConnector.ObservedChange;
import uk.learnersync.provider.sync.EpaPlatformConnector.PlatformReadException;
import uk.learnersync.provider.sync.ObservedRecord;
import uk.learnersync.provider.sync.PlatformStatus;
import uk.learnersync.provider.sync.SyncProperties;

/**
 * Reads back what the EPAOs recorded on their platforms (TW-1..TW-3), by following each connection's
 * change feed from where it was read last: a few cheap calls when nothing changed, however many
 * learners there are. Each page is applied with its cursor in one transaction, and the cursor moves
 * only from where this instance found it, so several instances never apply a change twice.
 */
@Component
class ReadBack {

    private static final Logger log = LoggerFactory.getLogger(ReadBack.class);
    private static final int PAGE = 500;

    private final EpaConnections connections;
    private final EpaPlatformConnector connector;
    private final RecordStore records;
    private final LearnerManagement learners;
    private final FeedCursors cursors;
    private final SyncProperties properties;
    private final TransactionTemplate transactions;

    ReadBack(EpaConnections connections, EpaPlatformConnector connector, RecordStore records,
             LearnerManagement learners, FeedCursors cursors, SyncProperties properties,
             PlatformTransactionManager transactionManager) {
        this.connections = connections;
        this.connector = connector;
        this.records = records;
        this.learners = learners;
        this.cursors = cursors;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Every provider's connections that learners are registered through, every
     * {@code learnersync.sync.readback-interval}.
     */
    @Scheduled(fixedDelayString = "${learnersync.sync.readback-interval}",
            initialDelayString = "${learnersync.sync.readback-interval}")
    void everyInterval() {
        if (properties.enabled()) {
            connections.allLive().stream().filter(connection -> records.anyActiveOn(connection.id()))
                    .forEach(this::followQuietly);
        }
    }

    /** The provider's connections, now; how many changes were read. */
    int now(ProviderId providerId) {
        return connections.of(providerId).stream().mapToInt(this::followQuietly).sum();
    }

    private int followQuietly(EpaConnection connection) {
        try {
            int read = follow(connection);
            if (connection.refused()) {
                connections.markAccepted(connection.providerId(), connection.id());
            }
            return read;
        } catch (PlatformReadException e) {
            // A platform that refuses the credentials shows on the connection, as a delivery would show it.
            if (e.outcome() == EpaPlatformConnector.Outcome.CREDENTIALS_REFUSED) {
                connections.markRefused(connection.providerId(), connection.id(), e.getMessage());
            }
            log.warn("Could not read back the changes of EPA connection {}: {}", connection.id(), e.getMessage());
            return 0;
        }
    }

    private int follow(EpaConnection connection) {
        int read = 0;
        String cursor = cursors.of(connection).orElse(null);
        while (true) {
            FeedPage page = connector.readChanges(connection, cursor, PAGE);
            String from = cursor;
            Boolean applied = transactions.execute(status -> {
                page.changes().stream().filter(ObservedChange::byEpao).forEach(change -> apply(connection, change));
                if (cursors.advance(connection, from, page.nextCursor())) {
                    return true;
                }
                status.setRollbackOnly();
                return false;
            });
            if (!Boolean.TRUE.equals(applied) || page.changes().size() < PAGE) {
                return read + page.changes().size();
            }
            read += page.changes().size();
            cursor = page.nextCursor();
        }
    }

    /**
     * What the EPAO did shows on the learner (TW-1, TW-2) when it is the record the learner is registered
     * through now, and a record closed on the platform stays closed in what the provider sends (TW-3).
     */
    private void apply(EpaConnection connection, ObservedChange change) {
        records.byApprenticeId(connection.id(), change.apprenticeId()).ifPresent(located -> {
            ObservedRecord observed = change.record();
            if (located.record().active()) {
                learners.recordEpaProgress(located.providerId(), located.learnerId(), new EpaProgress(observed.status(),
                        observed.gatewayDate(), observed.grade(), observed.assessmentDate()),
                        connection.epaoId().value());
            }
            PlatformStatus status = ObservedRecord.providerView(observed.status());
            if (status.closed() && located.record().desired() != null
                    && located.record().desired().status() != status) {
                records.adoptClosedStatus(located.record().id(), status);
            }
        });
    }
}
