/**
 * Tenancy: providers, their API tokens, the operator API, and the security that scopes every
 * API request to one provider. A resource of another provider is answered with 404.
 */
package uk.learnersync.provider.tenancy;
