package uk.learnersync.provider.automations;

import java.time.Instant;

import uk.learnersync.provider.shared.Channel;

/**
 * One step in an automation's life: who took it, when, through which channel, and why.
 *
 * @param note the rejection's reason; {@code null} for other steps
 */
public record AutomationStep(Action action, String actor, Channel channel, Instant at, String note) {

    public enum Action {
        REQUESTED,
        APPROVED,
        REJECTED
    }
}
