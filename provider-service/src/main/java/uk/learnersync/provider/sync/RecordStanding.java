package uk.learnersync.provider.sync;

import uk.learnersync.provider.epa.EpaConnection;

/**
 * One of a learner's records on an EPA platform and how it stands: whether the platform holds what it
 * should ({@code IN_STEP}), is still to be told something ({@code WAITING}, with why), or a change for
 * it is held for a person ({@code BLOCKED}).
 *
 * @param connection   the connection the record is reached through, {@code null} if it was removed
 * @param apprenticeId the platform's ID of the record, once registered there
 * @param current      whether it is the record the learner is registered through now
 * @param why          for WAITING and BLOCKED, what holds it in words
 */
public record RecordStanding(String recordId, String epaoId, EpaConnection connection, String apprenticeId,
                             boolean current, PlatformStatus status, Standing standing, String why) {

    public enum Standing {
        IN_STEP,
        WAITING,
        BLOCKED
    }
}
