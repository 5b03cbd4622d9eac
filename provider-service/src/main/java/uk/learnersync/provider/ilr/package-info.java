/**
 * ILR files: the Individualised Learner Record in and out, of the collection years 2025/26 (ESFA's
 * schema, namespace {@code ESFA/ILR/2025-26}) and 2026/27 (DfE's, namespace {@code ILR/2026-27}).
 *
 * <p>Import ({@link uk.learnersync.provider.ilr.IlrFileManagement#importFile}): the file's namespace names its year
 * ({@link uk.learnersync.provider.ilr.IlrYear}); another namespace is refused. The file is validated
 * against its year's schema as the learners are read, one at a time (StAX), in one pass, so that memory
 * stays bounded whatever the file's size; DTDs are refused (no external entities). The import is one
 * transaction: a file that fails the schema anywhere, or whose header UKPRN is not the provider's, is
 * refused whole and nothing is stored.
 * Each is checked against the rules of {@link uk.learnersync.provider.ilr.IlrRule} of its year, reported
 * with DfE's names and severities; a learner with an error is rejected, alone. Learner records are the
 * same whatever the year: a file of either year updates the same learners, by LearnRefNumber, and what
 * a year cannot hold (from 2025/26: AgreemId, prior learning's HRS 4 and RIP 1) stays as it was.
 *
 * <p>LearnerSync keeps apprentices only: a learner is kept when it has the programme aim of an
 * apprenticeship standard (AimType 1, ProgType 25; foundation apprenticeships too) or, from 2026/27, of
 * an apprenticeship unit (FundModel 39, ProgType 34, named by its component aim). Other learners (16-19
 * study, adult skills, loans, HE) have no EPA and nothing to synchronise, so they are counted as
 * {@code skipped}. An apprentice is created or updated by its LearnRefNumber, the ILR's own key, in its
 * own transaction, with channel {@code IMPORT}: its programme is the provider's programme of that StdCode
 * and EPAOrgID (created from the standards catalogue when absent; an EPAOrgID not in the register is
 * added to the provider's directory, with DfE's warning EPAOrgID_01, and a UKPRN the register knows is
 * that organisation), or the provider's apprenticeship unit of that LearnAimRef; its employer the
 * provider's employer with that EmpId (created when absent, named after the EmpId with a placeholder
 * address at the delivery-location postcode, since the ILR names no employer). A break or a withdrawal
 * in the file is applied as a change of circumstance with channel IMPORT, which sends nothing (CC-5);
 * another CompStatus is reported as a warning. Import reports are kept, with the year they were read as.
 *
 * <p>Export ({@link uk.learnersync.provider.ilr.IlrFileManagement#export}): the provider's learners as a file of a
 * year that validates against its schema, written as it streams out; 2026/27 holds what DfE migrated
 * (PHours as HRS 1, OTJActHours as HRS 3), and a 2025/26 file leaves out, with a warning, what that year
 * cannot hold.
 */
package uk.learnersync.provider.ilr;
