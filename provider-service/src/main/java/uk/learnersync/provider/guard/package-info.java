/**
 * Guard: protections of the HTTP surface that no single module owns, such as the size limit on
 * request bodies of the REST API.
 */
package uk.learnersync.provider.guard;
