/**
 * The web layer: the problem+json error format of the REST API, the pages' security, and (in
 * {@code internal}) the server-rendered GOV.UK-styled pages provider staff use, which change
 * records only through the modules' application services, with the channel {@code UI}.
 */
package uk.learnersync.provider.web;
