package uk.learnersync.epaplatform.apprentices;

/** Everything a provider sends to register an apprentice; the contacts may be absent. */
public record Registration(LearnerDetails learner, Employer employer, Contact employerContact, Contact tutor,
                           Programme programme) {
}
