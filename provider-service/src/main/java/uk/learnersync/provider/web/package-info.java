/**
 * The web layer: the problem+json error format of the REST API, the pages' security, and (in
 * time) the pages provider staff use.
 */
package uk.learnersync.provider.web;
