/**
 * The shared kernel every module may use: channels and change origins, field-level validation
 * and the exceptions that the API turns into problem+json.
 */
package uk.learnersync.provider.shared;
