/**
 * The operator's fault switch: makes the provider-facing API fail, slow down or refuse writes, so
 * that a connector's retries and blocked tasks can be tried out. Kept in memory only.
 */
package uk.learnersync.epaplatform.faults;
