/**
 * The web layer: who may call what (operator token, connection tokens, Basic sign-in for the
 * pages), the problem+json error format, the OpenAPI description and the start-up banner.
 */
package uk.learnersync.epaplatform.web;
