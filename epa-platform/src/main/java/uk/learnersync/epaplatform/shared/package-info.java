/**
 * What every part of the EPA platform shares: field-by-field validation and the refusals that the
 * API turns into problem+json.
 */
package uk.learnersync.epaplatform.shared;
