package uk.learnersync.validation;

/** One bad field of a request, as the API's problem+json lists it. */
public record FieldError(String field, String message) {
}
