package uk.learnersync.provider.automations;

/**
 * A provider's approval settings.
 *
 * @param makerChecker whether the person who requested an automation is barred from approving it
 */
public record AutomationSettings(boolean makerChecker) {

    public static final AutomationSettings DEFAULTS = new AutomationSettings(false);
}
