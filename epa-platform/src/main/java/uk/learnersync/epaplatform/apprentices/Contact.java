package uk.learnersync.epaplatform.apprentices;

/** A person at the employer (the learner's manager) or the provider (the tutor); {@code phone} may be absent. */
public record Contact(String givenName, String familyName, String email, String phone) {
}
