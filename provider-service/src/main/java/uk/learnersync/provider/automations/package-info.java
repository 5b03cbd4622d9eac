/**
 * Process automations (trackers): a requested change of circumstance, employer or working
 * conditions that waits for an approver, is applied with channel {@code AUTOMATION} when approved,
 * or is rejected with a reason; every step is kept. Before approving, an impact preview shows what
 * the EPA platforms would be told and which learner records would change.
 */
package uk.learnersync.provider.automations;
