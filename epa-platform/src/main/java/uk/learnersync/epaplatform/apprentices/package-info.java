/**
 * Apprentice records as providers' connectors register and update them: the provider-facing API,
 * its idempotent writes, the record's history and the operator's read access.
 */
package uk.learnersync.epaplatform.apprentices;
