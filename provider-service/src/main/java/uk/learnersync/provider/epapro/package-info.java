/**
 * The epaPRO connector: speaks the EPA platform API (docs/EPA-PLATFORM-API.md) over HTTP with a
 * bearer token per connection, maps learner snapshots to its JSON, and classifies failures as
 * transient (timeouts, 5xx, 429) or permanent (other 4xx) for the sync engine. It alone reads a
 * connection's decrypted token, for each call: the sync engine names the connection, and the pages test
 * one by its ID ({@link uk.learnersync.provider.epapro.ConnectionCheck}).
 */
package uk.learnersync.provider.epapro;
