/**
 * Demo data for {@code bin/learnersync}: a provider with users, employers, learners, two EPAOs
 * connected to the EPA platform beside the service and one without a connection.
 */
package uk.learnersync.provider.demo;
