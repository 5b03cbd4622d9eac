/**
 * Employers: the employers of apprentices with their ILR {@code EmpId} and addresses (sites), and
 * the employers' managers of apprentices. A change to any of them is published as an event so that
 * the EPA records of linked learners follow (EM-1..EM-3, MG-1, MG-2).
 */
package uk.learnersync.provider.employers;
