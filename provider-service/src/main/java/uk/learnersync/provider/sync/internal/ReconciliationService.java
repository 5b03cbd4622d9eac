package uk.learnersync.provider.sync.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.EpaPlatformConnector;
import uk.learnersync.provider.sync.EpaPlatformConnector.PlatformReadException;
import uk.learnersync.provider.sync.EpaPlatformConnector.RecordPage;
import uk.learnersync.provider.sync.ObservedRecord;
import uk.learnersync.provider.sync.Reconciliation;
import uk.learnersync.provider.sync.Reconciliation.Difference;
import uk.learnersync.provider.sync.Reconciliations;
import uk.learnersync.provider.sync.SyncProperties;
import uk.learnersync.provider.sync.plan.Drift;
import uk.learnersync.provider.sync.plan.Plan;
import uk.learnersync.provider.sync.plan.Planner;
import uk.learnersync.provider.sync.plan.RecordId;
import uk.learnersync.provider.sync.plan.RecordState;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.NotFoundException;

/**
 * Reconciliations (TW-4), daily and on demand: after a read-back, each platform's records are read a
 * page at a time (one call per 500 records) and compared with their desired state; a repair sends, under
 * TW-4, the sections that differ and the circumstance that restores a status.
 */
@Service
class ReconciliationService implements Reconciliations, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);
    private static final int PAGE = 500;
    private static final String MISSING = "record";

    private final ReadBack readBack;
    private final EpaConnections connections;
    private final EpaPlatformConnector connector;
    private final RecordStore records;
    private final PolicyStore policies;
    private final PlanWriter writer;
    private final SyncProperties properties;
    private final ReconciliationStore store;
    /** One reconciliation at a time per instance: each reads every record of its provider. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    ReconciliationService(ReadBack readBack, EpaConnections connections, EpaPlatformConnector connector,
                          RecordStore records, PolicyStore policies, PlanWriter writer, SyncProperties properties,
                          ReconciliationStore store) {
        this.readBack = readBack;
        this.connections = connections;
        this.connector = connector;
        this.records = records;
        this.policies = policies;
        this.writer = writer;
        this.properties = properties;
        this.store = store;
    }

    @Override
    public int readBack(ProviderId providerId) {
        return readBack.now(providerId);
    }

    @Override
    public Reconciliation start(ProviderId providerId, ChangeOrigin origin) {
        UUID id = UUID.randomUUID();
        store.started(providerId, id);
        runner.submit(() -> run(providerId, id));
        return get(providerId, id);
    }

    /** Every provider with a connection, once a day at {@code learnersync.sync.reconciliation-cron}. */
    @Scheduled(cron = "${learnersync.sync.reconciliation-cron}")
    void daily() {
        if (properties.enabled()) {
            connections.allLive().stream().map(EpaConnection::providerId).distinct()
                    .forEach(providerId -> start(providerId, new ChangeOrigin("learnersync:daily", Channel.RECONCILIATION)));
        }
    }

    @Override
    public Reconciliation get(ProviderId providerId, UUID id) {
        return store.find(providerId, id).orElseThrow(() -> new NotFoundException("Reconciliation", id));
    }

    @Override
    public List<Reconciliation> latest(ProviderId providerId, int limit) {
        return store.latest(providerId, limit);
    }

    @Override
    @Transactional
    public Reconciliation repair(ProviderId providerId, UUID id, ChangeOrigin origin) {
        Reconciliation reconciliation = store.findForUpdate(providerId, id)
                .orElseThrow(() -> new NotFoundException("Reconciliation", id));
        if (reconciliation.status() != Reconciliation.Status.DONE || reconciliation.repairedAt() != null) {
            throw new ConflictException("Reconciliation " + id + " is " + (reconciliation.repairedAt() != null
                    ? "repaired already" : reconciliation.status()) + ": only a finished one is repaired, once");
        }
        Map<String, Set<String>> fieldsByRecord = new LinkedHashMap<>();
        Map<String, LearnerId> learnerOf = new LinkedHashMap<>();
        reconciliation.differences().forEach(difference -> {
            fieldsByRecord.computeIfAbsent(difference.recordId(), record -> new LinkedHashSet<>()).add(difference.field());
            learnerOf.put(difference.recordId(), new LearnerId(UUID.fromString(difference.learnerId())));
        });
        Planner planner = new Planner(policies.policyOf(providerId), LocalDate.now());
        fieldsByRecord.forEach((recordId, fields) -> records.find(new RecordId(UUID.fromString(recordId)))
                .filter(RecordState::active)
                .ifPresent(record -> {
                    Plan plan = planner.repair(record, fields, fields.contains(MISSING));
                    writer.write(providerId, learnerOf.get(recordId), plan, Channel.RECONCILIATION, origin.actor(),
                            null);
                }));
        store.repaired(id);
        return get(providerId, id);
    }

    private void run(ProviderId providerId, UUID id) {
        try {
            readBack.now(providerId);
            int checked = 0;
            List<Difference> differences = new ArrayList<>();
            for (EpaConnection connection : connections.of(providerId)) {
                checked += compare(connection, differences);
            }
            long drifted = differences.stream().map(Difference::recordId).distinct().count();
            store.done(id, checked, drifted, differences);
        } catch (RuntimeException e) {
            log.warn("Reconciliation {} failed: {}", id, e.toString());
            store.failed(id, e.getMessage());
        }
    }

    /** Compares every record the connection's platform should have; how many were compared. */
    private int compare(EpaConnection connection, List<Difference> differences) {
        Map<String, RecordStore.Located> expected = new LinkedHashMap<>(records.onPlatform(connection.id()));
        int checked = 0;
        String after = null;
        do {
            RecordPage page;
            try {
                page = connector.readRecords(connection, after, PAGE);
            } catch (PlatformReadException e) {
                throw new IllegalStateException("The platform of " + connection.epaoId() + " could not be read: "
                        + e.getMessage(), e);
            }
            for (ObservedRecord observed : page.records()) {
                RecordStore.Located located = expected.remove(observed.apprenticeId());
                if (located != null && located.record().desired() != null) {
                    checked++;
                    Drift.between(located.record().desired(), observed.held()).forEach(drift -> differences.add(
                            difference(located, connection, drift.field(), drift.expected(), drift.actual())));
                }
            }
            after = page.next();
        } while (after != null);
        for (RecordStore.Located missing : expected.values()) {
            checked++;
            differences.add(difference(missing, connection, MISSING, "present", "missing"));
        }
        return checked;
    }

    private static Difference difference(RecordStore.Located located, EpaConnection connection, String field,
                                         String expected, String actual) {
        return new Difference(located.record().id().toString(), located.learnerId().toString(),
                connection.epaoId().value(), field, expected, actual);
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
