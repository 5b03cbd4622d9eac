package uk.learnersync.provider.sync.plan;

import java.util.List;

/**
 * What a change means for a learner's platform records: the sync-log entries to write, in order,
 * and the records it opens or changes (their new desired state, a record the learner left).
 */
public record Plan(List<Step> steps, List<RecordState> opened, List<RecordState> changed) {

    public Plan {
        steps = List.copyOf(steps);
        opened = List.copyOf(opened);
        changed = List.copyOf(changed);
    }

    public boolean sends() {
        return steps.stream().anyMatch(Step::sends);
    }
}
