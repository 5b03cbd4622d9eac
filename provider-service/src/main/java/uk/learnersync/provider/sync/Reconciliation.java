package uk.learnersync.provider.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reconciliation (TW-4): every registered record read back from its platform and compared, field by
 * field, with what the rules say the platform should hold.
 *
 * @param checked     the records compared
 * @param drifted     the records with at least one difference
 * @param repairedAt  when its repair was sent, if it was
 */
public record Reconciliation(UUID id, Status status, int checked, int drifted, List<Difference> differences,
                             Instant startedAt, Instant finishedAt, Instant repairedAt, String problem) {

    public enum Status {
        RUNNING,
        DONE,
        /** A platform could not be read; {@code problem} says which and why. */
        FAILED
    }

    /**
     * @param field    the field's path in the platform's record, e.g. {@code learner.familyName}; {@code record}
     *                 when the platform no longer has the record at all
     * @param expected what the platform should hold
     * @param actual   what it holds
     */
    public record Difference(String recordId, String learnerId, String epaoId, String field, String expected,
                             String actual) {
    }
}
