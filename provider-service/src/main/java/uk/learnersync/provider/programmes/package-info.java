/**
 * Programmes: the apprenticeship programmes a provider delivers, each one standard with its options
 * and the EPAO that assesses it by default.
 */
package uk.learnersync.provider.programmes;
