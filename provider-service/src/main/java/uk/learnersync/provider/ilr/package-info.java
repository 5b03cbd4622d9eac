/**
 * ILR files: ESFA's Individualised Learner Record (2025-26 XML) in and out.
 *
 * <p>Import ({@link uk.learnersync.provider.ilr.IlrFiles#importFile}): the file is validated against
 * ESFA's schema first, as it streams by and with DTDs refused (no external entities); a file that
 * fails it, or whose header UKPRN is not the provider's, is refused whole and nothing is stored. The
 * learners are then read one at a time (StAX), so that memory stays bounded whatever the file's size.
 * Each is checked against the ESFA rules of {@link uk.learnersync.provider.ilr.IlrRule}, reported with
 * ESFA's names and severities; a learner with an error is rejected, alone.
 *
 * <p>LearnerSync keeps apprentices only: a learner is kept when it has the programme aim of an
 * apprenticeship standard (AimType 1, ProgType 25). Other learners (16-19 study, adult skills, loans,
 * HE) have no EPA and nothing to synchronise, so they are counted as {@code skipped}. An apprentice is
 * created or updated by its LearnRefNumber, the ILR's own key, in its own transaction, with channel
 * {@code IMPORT}: its programme is the provider's programme of that StdCode and EPAOrgID (created from
 * the standards catalogue when absent; an EPAOrgID not in the register is added to the provider's
 * directory, with ESFA's warning EPAOrgID_01), its employer the provider's employer with that EmpId
 * (created when absent, named after the EmpId with a placeholder address at the delivery-location
 * postcode, since the ILR names no employer). The file's CompStatus is not applied: the learners
 * module changes a status only as a change of circumstance, which a file must not send to an EPA
 * platform (CC-5); a difference is reported as a warning. Import reports are kept.
 *
 * <p>Export ({@link uk.learnersync.provider.ilr.IlrFiles#export}): the provider's learners as a file
 * that validates against the schema, written as it streams out.
 */
package uk.learnersync.provider.ilr;
