/**
 * Audit: reads the trail of who changed what (user or API token, channel, the record before and
 * after) that every module writes through {@code shared.AuditTrail} in the transaction of its change.
 */
package uk.learnersync.provider.audit;
