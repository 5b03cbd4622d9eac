package uk.learnersync.provider.sync.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.sync.PlatformRecord;

/**
 * Records carried over from before the engine kept each record's desired state get one, before any
 * worker delivers: the learner's record as it is now, which is what the old engine sent last.
 */
@Component
class RecordBackfill implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RecordBackfill.class);
    private static final int BATCH = 500;

    private final RecordStore records;
    private final Learners learners;
    private final SnapshotReader snapshots;
    private volatile boolean done;

    RecordBackfill(RecordStore records, Learners learners, SnapshotReader snapshots) {
        this.records = records;
        this.learners = learners;
        this.snapshots = snapshots;
    }

    @Override
    public void start() {
        int filled = 0;
        List<RecordStore.RecordWithoutDesired> batch;
        while (!(batch = records.withoutDesired(BATCH)).isEmpty()) {
            for (RecordStore.RecordWithoutDesired record : batch) {
                PlatformRecord desired = learners.find(record.providerId(), record.learnerId())
                        .map(snapshots::read)
                        .orElseThrow(() -> new IllegalStateException("Record " + record.id() + " has no learner"));
                records.fillDesired(record.id(), desired);
                filled++;
            }
        }
        if (filled > 0) {
            log.info("Gave {} records carried over from an earlier version their desired state", filled);
        }
        done = true;
    }

    @Override
    public void stop() {
        done = false;
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        // Before the delivery workers start.
        return Integer.MAX_VALUE - 2000;
    }
}
