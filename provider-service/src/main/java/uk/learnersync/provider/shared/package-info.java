/**
 * The shared kernel every module may use: providers' identity, channels and change origins, the
 * audit trail and merge patches. Field-level validation lives in {@code uk.learnersync.validation},
 * which the EPA platform shares.
 */
package uk.learnersync.provider.shared;
