package uk.learnersync.epaplatform.apprentices;

public record Address(String line1, String line2, String line3, String town, String postcode) {
}
