package uk.learnersync.epaplatform.apprentices;

/**
 * Everything a provider sends to register an apprentice; the contacts may be absent. {@code status}
 * is where the learner stands when registered: a learner on a break or withdrawn is registered as
 * such, never as a fresh on-programme record (RULES.md CV-4).
 */
public record Registration(LearnerDetails learner, Employer employer, Contact employerContact, Contact tutor,
                           Programme programme, ApprenticeStatus status) {
}
