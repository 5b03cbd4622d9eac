package uk.learnersync.provider.web.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.SyncLogEntry;
import uk.learnersync.provider.sync.TaskStatus;

/**
 * A learner's sync log as staff read it: one entry per save, newest first. One save can make several
 * tasks (a name and a gender changed together are two rules, and a burst of edits is sent as one
 * call); they were written in one transaction, so they share the moment, the channel and the person.
 */
record Timeline(List<Save> saves) {

    /** Which status a save shows when its tasks differ: what needs a person first, then what is on its way. */
    private static final List<TaskStatus> PRECEDENCE = List.of(TaskStatus.BLOCKED, TaskStatus.REFUSED,
            TaskStatus.RETRYING, TaskStatus.PENDING, TaskStatus.DELIVERED, TaskStatus.SKIPPED);

    static Timeline of(List<SyncLogEntry> oldestFirst, SentSummary summary) {
        Map<List<Object>, List<SyncLogEntry>> bySave = new LinkedHashMap<>();
        for (SyncLogEntry entry : oldestFirst) {
            bySave.computeIfAbsent(List.of(entry.createdAt(), entry.channel(), Objects.toString(entry.actor())),
                    key -> new ArrayList<>()).add(entry);
        }
        List<Save> saves = new ArrayList<>();
        bySave.values().forEach(tasks -> saves.add(Save.of(tasks, summary)));
        Collections.reverse(saves);
        return new Timeline(saves);
    }

    /** Whether something is still on its way, so that the page keeps itself up to date; a blocked change waits for a person. */
    public boolean inFlight() {
        return saves.stream().anyMatch(save -> save.status() == TaskStatus.PENDING || save.status() == TaskStatus.RETRYING)
                && saves.stream().noneMatch(save -> save.status() == TaskStatus.BLOCKED);
    }

    /** How many saves are still on their way or held. */
    public long count(TaskStatus status) {
        return saves.stream().filter(save -> save.status() == status).count();
    }

    /**
     * One save and what it meant for the EPA platforms.
     *
     * @param tasks the sync tasks it made, in the order written
     * @param sent  what was sent, once per call made (tasks sent together with another share its call)
     */
    record Save(Instant at, Channel channel, String actor, List<SyncLogEntry> tasks, List<Sent> sent) {

        static Save of(List<SyncLogEntry> tasks, SentSummary summary) {
            SyncLogEntry first = tasks.get(0);
            List<Sent> sent = tasks.stream().filter(task -> task.lastRequest() != null)
                    .map(task -> new Sent(summary.rows(task.lastRequest()), task.lastRequest(), task.lastResponse()))
                    .toList();
            return new Save(first.createdAt(), first.channel(), first.actor(), tasks, sent);
        }

        public TaskStatus status() {
            return PRECEDENCE.stream().filter(status -> tasks.stream().anyMatch(task -> task.status() == status))
                    .findFirst().orElse(tasks.get(0).status());
        }

        /** The most attempts one of its calls took; shown only when it took more than one. */
        public int attempts() {
            return tasks.stream().mapToInt(SyncLogEntry::attempts).max().orElse(0);
        }

        /** Whether every task has the save's status, so that a task needs no tag of its own. */
        public boolean uniform() {
            return tasks.stream().allMatch(task -> task.status() == tasks.get(0).status());
        }
    }

    /** One call: what was sent, in rows and as the JSON it was, and the platform's answer. */
    record Sent(List<SentSummary.Row> rows, String json, String answer) {
    }
}
