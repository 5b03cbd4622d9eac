/**
 * Staff: case owners (tutors) and the provider users who sign in to the web pages.
 */
package uk.learnersync.provider.staff;
