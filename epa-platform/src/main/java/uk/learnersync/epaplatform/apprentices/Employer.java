package uk.learnersync.epaplatform.apprentices;

public record Employer(String name, Address address) {
}
