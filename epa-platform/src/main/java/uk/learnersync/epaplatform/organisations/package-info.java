/**
 * EPAOs hosted on the platform and their connections: the per-provider credentials with which a
 * provider's connector registers and updates that EPAO's apprentices.
 */
package uk.learnersync.epaplatform.organisations;
