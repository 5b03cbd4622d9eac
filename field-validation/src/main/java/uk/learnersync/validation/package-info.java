/**
 * Field-level validation that both services share: value checks that throw
 * {@link uk.learnersync.validation.InvalidValueException} with a message for the user,
 * {@link uk.learnersync.validation.FieldChecks} that collects every bad field of a request, and the
 * exceptions their APIs answer as problem+json (400, 404, 409). No Spring, no I/O.
 */
package uk.learnersync.validation;
