package uk.learnersync.provider.learners;

import uk.learnersync.provider.shared.ProviderId;

/**
 * An EPAO's platform recorded a new end-point assessment result for the learner (TW-2); published in
 * the transaction that read it back, so that an EPA outcome automation is raised for a person to approve.
 *
 * @param epaoId the EPAO whose platform recorded it
 */
public record EpaResultObserved(ProviderId providerId, LearnerId learnerId, String epaoId, EpaOutcome outcome) {
}
