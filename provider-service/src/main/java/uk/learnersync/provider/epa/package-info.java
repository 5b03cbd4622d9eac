/**
 * EPAOs and connections: the shipped EPAO register and standards catalogue, the EPAOs a provider
 * adds itself, and the provider's connections to EPA platforms (tokens encrypted at rest).
 */
package uk.learnersync.provider.epa;
