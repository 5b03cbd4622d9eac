package uk.learnersync.provider.automations;

/**
 * A provider's approval settings. A new provider has maker-checker on: a change of circumstance is
 * checked by someone other than who asked for it unless the provider decides otherwise.
 *
 * @param makerChecker whether the person who requested an automation is barred from approving it
 */
public record AutomationSettings(boolean makerChecker) {

    public static final AutomationSettings DEFAULTS = new AutomationSettings(true);
}
