package uk.learnersync.provider.ilr.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.learnersync.provider.employers.EmpId;
import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddressDetails;
import uk.learnersync.provider.employers.EmployerDetails;
import uk.learnersync.provider.employers.EmployerManagement;
import uk.learnersync.provider.employers.Postcode;
import uk.learnersync.provider.epa.Epao;
import uk.learnersync.provider.epa.EpaoDirectory;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.epa.Standard;
import uk.learnersync.provider.epa.Standards;
import uk.learnersync.provider.ilr.IlrRule;
import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.provider.ilr.IlrRule.Severity;
import uk.learnersync.provider.ilr.ImportError;
import uk.learnersync.provider.learners.CircumstanceChange;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.CircumstanceManagement;
import uk.learnersync.provider.learners.LearnerDetailsInput;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.learners.LearnerSearch;
import uk.learnersync.provider.learners.LearnerStatus;
import uk.learnersync.provider.learners.OffTheJobHours;
import uk.learnersync.provider.learners.OffTheJobHours.PriorLearning;
import uk.learnersync.provider.learners.ProgrammeInput;
import uk.learnersync.provider.learners.WithdrawReason;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.ProgrammeDetails;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.programmes.ProgrammeManagement;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.provider.shared.ProviderId;

/**
 * Creates or updates one apprentice of a file, with the EPAO, programme and employer it needs, in a
 * nested transaction of its own (a savepoint): a learner that LearnerSync refuses leaves nothing
 * behind, and the others are not held back by it. What the file's year cannot hold (from 2025/26: the
 * AgreemId, prior learning's HRS 4 and RIP 1) stays as LearnerSync has it; the rest follows the file.
 */
@Component
class ApprenticeImport {

    /** ESFA's programmes carry no version; the first version of a standard is assumed. */
    private static final String STANDARD_VERSION = "1.0";
    private static final String PLACEHOLDER_ADDRESS = "Address not given in the ILR file";

    private final LearnerManagement learners;
    private final CircumstanceManagement circumstances;
    private final ProgrammeManagement programmes;
    private final EmployerManagement employers;
    private final EpaoDirectory directory;
    private final Standards standards;
    private final TransactionTemplate transactions;

    ApprenticeImport(LearnerManagement learners, CircumstanceManagement circumstances, ProgrammeManagement programmes,
                     EmployerManagement employers, EpaoDirectory directory, Standards standards,
                     PlatformTransactionManager transactionManager) {
        this.learners = learners;
        this.circumstances = circumstances;
        this.programmes = programmes;
        this.employers = employers;
        this.directory = directory;
        this.standards = standards;
        // A savepoint inside the importer's batch; a transaction of its own when called alone.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    record Result(Outcome outcome, List<ImportError> findings) {
    }

    /** The provider's programmes (by standard and EPAO), employers (by EmpId) and EPAOs met during one import. */
    final class References {

        private final ProviderId providerId;
        private final LearnerManagement.Creations creations;
        private final Cache<String, ProgrammeId> programmeIds = new Cache<>();
        private final Cache<EmpId, Employer> employerIds = new Cache<>();
        private final Cache<EpaoId, Epao> epaos = new Cache<>();

        private References(ProviderId providerId, ChangeOrigin origin) {
            this.providerId = providerId;
            this.creations = learners.creations(providerId, origin);
            for (Programme programme : programmes.list(providerId)) {
                programmeIds.put(programme.isApprenticeshipUnit() ? unitKey(programme.unitAimRef())
                        : key(programme.standardCode(), programme.epaoId()), programme.id());
            }
            for (Employer employer : employers.list(providerId, null)) {
                if (employer.empId() != null && !employer.empId().equals(EmpId.UNKNOWN)) {
                    employerIds.put(employer.empId(), employer);
                }
            }
        }

        private void commit() {
            programmeIds.commit();
            employerIds.commit();
            epaos.commit();
        }

        private void rollback() {
            programmeIds.rollback();
            employerIds.rollback();
            epaos.rollback();
        }
    }

    /** What one import of the provider's, made as {@code origin}, meets and creates; for its transaction only. */
    References references(ProviderId providerId, ChangeOrigin origin) {
        return new References(providerId, origin);
    }

    /** Those of the references that learners of the provider have. */
    Set<String> existing(ProviderId providerId, Collection<String> learnRefNumbers) {
        return learners.learnRefNumbersTaken(providerId, learnRefNumbers);
    }

    /** Whether {@link #create} has a learner of that reference not yet written by {@link #flush}. */
    boolean pending(References references, String learnRefNumber) {
        return references.creations.pending(learnRefNumber);
    }

    /**
     * Creates an apprentice new to the provider (no learner has its LearnRefNumber) that broke no rule,
     * when this import has already met its EPAO, programme and employer: checked now as {@link #upsert}
     * would, and written with the others at {@link #flush}, so that nothing is written here and no
     * savepoint is needed. Empty when it needs more than that (something to create first, an actual
     * end date that may be a break or a withdrawal to record): {@link #upsert} it instead.
     */
    Optional<Result> create(References references, IlrLearner learner, IlrLearner.Delivery aim, IlrYear year,
                            ChangeOrigin origin) {
        if (aim.learnActEndDate() != null || !met(references, learner, aim)) {
            return Optional.empty();
        }
        List<ImportError> findings = new ArrayList<>();
        try {
            EpaoId epaoId = aim.epaOrgId() == null ? null
                    : epao(references, learner, EpaoId.of(aim.epaOrgId()), origin, findings);
            ProgrammeId programmeId = aim.isUnit() ? unit(references, learner, aim, origin)
                    : programme(references, aim, epaoId, origin);
            Employer employer = employer(references, learner, aim, origin, findings);
            Learner created = references.creations.add(newDetails(learner, employer, year),
                    newEnrolment(aim, programmeId, epaoId, year));
            compStatusKept(learner, aim, created, findings);
            return Optional.of(new Result(Outcome.CREATED, findings));
        } catch (InvalidInputException e) {
            return Optional.of(rejected(learner, e));
        } catch (ConflictException e) {
            return Optional.of(rejected(learner, e));
        }
    }

    /**
     * Writes the learners {@link #create} has checked since the last flush, in JDBC batches; those whose
     * LearnRefNumber another learner took meanwhile are not written, and are returned by reference.
     */
    Map<String, ConflictException> flush(References references) {
        return references.creations.flush();
    }

    /** Whether the EPAO, programme and employer the learner names are in the caches, so that taking them writes nothing. */
    private static boolean met(References references, IlrLearner learner, IlrLearner.Delivery aim) {
        try {
            Optional<EpaoId> epaoId = Optional.ofNullable(aim.epaOrgId())
                    .map(given -> references.epaos.peek(EpaoId.of(given)).map(Epao::epaoId).orElse(null));
            if (aim.epaOrgId() != null && epaoId.isEmpty()) {
                return false;
            }
            Optional<String> programme = aim.isUnit()
                    ? learner.unitComponentAim(aim).map(component -> unitKey(component.learnAimRef()))
                    : epaoId.filter(known -> aim.stdCode() != null).map(known -> key(aim.stdCode(), known));
            Optional<EmpId> empId = learner.empId().map(EmpId::of).filter(id -> !id.equals(EmpId.UNKNOWN));
            return programme.flatMap(references.programmeIds::peek).isPresent()
                    && (empId.isEmpty() || references.employerIds.peek(empId.get()).isPresent());
        } catch (RuntimeException e) {
            // What cannot be read this way is for the full upsert to refuse, as it always has.
            return false;
        }
    }

    /**
     * Imports an apprentice that broke no rule of the file's year; {@code aim} is its programme aim, of an
     * apprenticeship standard or an apprenticeship unit.
     */
    Result upsert(References references, IlrLearner learner, IlrLearner.Delivery aim, IlrYear year,
                  ChangeOrigin origin) {
        List<ImportError> findings = new ArrayList<>();
        try {
            Outcome outcome = transactions.execute(status -> apply(references, learner, aim, year, origin, findings));
            references.commit();
            return new Result(outcome, findings);
        } catch (InvalidInputException e) {
            references.rollback();
            return rejected(learner, e);
        } catch (ConflictException e) {
            references.rollback();
            return rejected(learner, e);
        }
    }

    static Result rejected(IlrLearner learner, InvalidInputException e) {
        return new Result(Outcome.REJECTED, e.errors().stream()
                .map(error -> refusal(learner, error.field() + ": " + error.message()))
                .toList());
    }

    static Result rejected(IlrLearner learner, ConflictException e) {
        return new Result(Outcome.REJECTED, List.of(refusal(learner, e.getMessage())));
    }

    private Outcome apply(References references, IlrLearner learner, IlrLearner.Delivery aim, IlrYear year,
                         ChangeOrigin origin, List<ImportError> findings) {
        ProviderId providerId = references.providerId;
        EpaoId epaoId = aim.epaOrgId() == null ? null : epao(references, learner, EpaoId.of(aim.epaOrgId()), origin,
                findings);
        ProgrammeId programmeId = aim.isUnit() ? unit(references, learner, aim, origin)
                : programme(references, aim, epaoId, origin);
        Employer employer = employer(references, learner, aim, origin, findings);
        String agreemId = learner.agreemId().orElse(null);

        Optional<Learner> existing = learners.search(providerId,
                new LearnerSearch(null, learner.learnRefNumber(), null, 0, 1)).stream().findFirst();
        Learner after;
        if (existing.isEmpty()) {
            after = learners.create(providerId, newDetails(learner, employer, year),
                    newEnrolment(aim, programmeId, epaoId, year), origin);
        } else {
            Learner before = existing.get();
            learners.changeDetails(providerId, before.id(), current -> details(learner, current, employer,
                    year.holds2627Additions() ? agreemId : current.agreemId()), origin);
            if (anotherStandard(providerId, before, aim)) {
                // A new standard is a change of programme: found in a file, it counts as manual (ILR-4, CC-5).
                circumstances.apply(providerId, before.id(), new CircumstanceChange.ChangeOfProgramme(
                        aim.learnStartDate(), programmeId, null, aim.learnStartDate(), aim.learnPlanEndDate(), epaoId),
                        origin);
                after = learners.get(providerId, before.id());
            } else {
                // The same standard, maybe with another EPAO: synced as through the API (ILR-4, PC-1..PC-3).
                after = learners.changeEnrolment(providerId, before.id(), current -> new ProgrammeInput(
                        programmeId.toString(),
                        programmeId.toString().equals(current.programmeId()) ? current.option() : null,
                        aim.learnStartDate(), aim.learnPlanEndDate(), current.epaPeriodMonths(), text(epaoId),
                        offTheJob(aim, year, current.offTheJobHours())), origin);
            }
            if (after.equals(before)) {
                return finish(providerId, learner, aim, after, origin, findings, Outcome.UNCHANGED);
            }
        }
        return finish(providerId, learner, aim, after, origin, findings,
                existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED);
    }

    /**
     * A break or a withdrawal the file records is applied as a change of circumstance with channel
     * IMPORT, which the sync policy treats as manual (CC-5): the ILR record follows the file, and no
     * EPA platform is told. What LearnerSync does not record this way (a completion, a return) is reported.
     */
    private Outcome finish(ProviderId providerId, IlrLearner learner, IlrLearner.Delivery aim, Learner after,
                           ChangeOrigin origin, List<ImportError> findings, Outcome outcome) {
        Optional<CircumstanceChange> change = circumstanceIn(aim, after);
        if (change.isPresent()) {
            circumstances.apply(providerId, after.id(), change.get(), origin);
            return outcome == Outcome.UNCHANGED ? Outcome.UPDATED : outcome;
        }
        compStatusKept(learner, aim, after, findings);
        return outcome;
    }

    /** A CompStatus of the file that the learner's status does not follow is reported. */
    private static void compStatusKept(IlrLearner learner, IlrLearner.Delivery aim, Learner after,
                                       List<ImportError> findings) {
        if (aim.compStatus() != after.status().compStatus()) {
            findings.add(new ImportError(learner.learnRefNumber(), learner.uln(), ImportError.LEARNERSYNC, Severity.W,
                    "CompStatus " + aim.compStatus() + " of " + aim.label() + " was not applied: the learner stays "
                            + after.status() + " (CompStatus " + after.status().compStatus() + "); record the "
                            + "return or completion in LearnerSync, where it is a change of circumstance"));
        }
    }

    private static Optional<CircumstanceChange> circumstanceIn(IlrLearner.Delivery aim, Learner learner) {
        if (aim.learnActEndDate() == null) {
            return Optional.empty();
        }
        if (aim.compStatus() == LearnerStatus.ON_BREAK.compStatus() && learner.status() == LearnerStatus.ACTIVE) {
            return Optional.of(new CircumstanceChange.BreakInLearning(aim.learnActEndDate(), null));
        }
        if (aim.compStatus() == LearnerStatus.WITHDRAWN.compStatus() && learner.status() != LearnerStatus.WITHDRAWN
                && aim.withdrawReason() != null) {
            return Optional.of(new CircumstanceChange.Withdrawal(aim.learnActEndDate(),
                    WithdrawReason.of(aim.withdrawReason())));
        }
        return Optional.empty();
    }

    private boolean anotherStandard(ProviderId providerId, Learner learner, IlrLearner.Delivery aim) {
        return !Objects.equals(programmes.get(providerId, learner.enrolment().programmeId()).standardCode(),
                aim.stdCode());
    }

    /**
     * The assessment organisation the file names, by the ID the register or the provider's directory knows
     * it by (a UKPRN the register knows is that organisation); one they do not know is added to the
     * provider's directory, with DfE's warning.
     */
    private EpaoId epao(References references, IlrLearner learner, EpaoId given, ChangeOrigin origin,
                        List<ImportError> findings) {
        Epao epao = references.epaos.get(given, () -> directory.add(references.providerId, given,
                given + " (added from an ILR file)", origin).epao());
        if (!epao.inRegister()) {
            findings.add(ImportError.of(learner.learnRefNumber(), learner.uln(), IlrRule.EPA_ORG_ID_01, "EPAOrgID "
                    + given + " is not in the register; it is in the provider's EPAO directory"));
        }
        return epao.epaoId();
    }

    /**
     * The off-the-job hours of the programme aim; prior learning (HRS 4 with RIP 1) where the file's year
     * holds it, else as LearnerSync has it.
     */
    private static OffTheJobHours offTheJob(IlrLearner.Delivery aim, IlrYear year, OffTheJobHours current) {
        PriorLearning prior = current.priorLearning();
        if (year.holds2627Additions()) {
            Optional<IlrLearner.Finance> reduction = aim.priorLearningReduction();
            prior = aim.hours(HrsCode.PRIOR_LEARNING_REDUCTION).flatMap(hours -> reduction.map(rip ->
                    new PriorLearning(hours, rip.amount(), rip.date()))).orElse(null);
        }
        return new OffTheJobHours(aim.hours(HrsCode.PLANNED_OFF_THE_JOB).orElse(null),
                aim.hours(HrsCode.ACTUAL_OFF_THE_JOB).orElse(null), prior);
    }

    /**
     * The provider's apprenticeship unit that the programme aim's component aim names (R_160), created
     * when absent: a unit has no standard and no assessment organisation.
     */
    private ProgrammeId unit(References references, IlrLearner learner, IlrLearner.Delivery aim, ChangeOrigin origin) {
        String aimRef = learner.unitComponentAim(aim).map(IlrLearner.Delivery::learnAimRef)
                .orElseThrow(() -> InvalidInputException.of("LearnAimRef", "an apprenticeship unit's programme aim "
                        + "needs its component aim (AimType 3), which names the unit"));
        return references.programmeIds.get(unitKey(aimRef), () -> {
            FieldChecks checks = new FieldChecks();
            ProgrammeDetails details = programmes.parseUnit(checks, "Apprenticeship unit " + aimRef
                    + " (from an ILR file)", aimRef);
            checks.throwIfAny();
            return programmes.create(references.providerId, details, origin).id();
        });
    }

    /** The provider's programme of the standard with that EPAO, created from the standards catalogue when absent. */
    private ProgrammeId programme(References references, IlrLearner.Delivery aim, EpaoId epaoId, ChangeOrigin origin) {
        if (aim.stdCode() == null) {
            throw InvalidInputException.of("StdCode", "is required for an apprenticeship standard (ProgType 25)");
        }
        if (epaoId == null) {
            throw InvalidInputException.of("EPAOrgID", "is required: the programme of standard " + aim.stdCode()
                    + " is the provider's with that EPAO");
        }
        int code = aim.stdCode();
        return references.programmeIds.get(key(code, epaoId), () -> {
            Standard standard = standards.find(code).filter(known -> known.reference() != null)
                    .orElseThrow(() -> InvalidInputException.of("StdCode", "standard " + code + " is not in the "
                            + "standards catalogue: add the programme with POST /api/v1/programmes, then import again"));
            FieldChecks checks = new FieldChecks();
            ProgrammeDetails details = programmes.parse(references.providerId, checks, standard.title(), code,
                    standard.reference(), STANDARD_VERSION, List.of(), epaoId.value());
            checks.throwIfAny();
            return programmes.create(references.providerId, details, origin).id();
        });
    }

    /**
     * The provider's employer with the learner's EmpId, created when absent. The ILR names no employer
     * and gives no workplace address: a new one is named after its EmpId, with a placeholder address at
     * the programme's delivery location (for an apprentice, the workplace) or else the learner's postcode.
     */
    private Employer employer(References references, IlrLearner learner, IlrLearner.Delivery aim,
                              ChangeOrigin origin, List<ImportError> findings) {
        Optional<EmpId> empId = learner.empId().map(EmpId::of).filter(id -> !id.equals(EmpId.UNKNOWN));
        if (empId.isEmpty()) {
            return null;
        }
        Employer employer = references.employerIds.get(empId.get(), () -> postcode(aim.delLocPostCode())
                .or(() -> postcode(learner.postcode()))
                .map(postcode -> createEmployer(references.providerId, empId.get(), postcode, origin))
                .orElse(null));
        if (employer == null) {
            findings.add(new ImportError(learner.learnRefNumber(), learner.uln(), ImportError.LEARNERSYNC, Severity.W,
                    "No employer was linked: EmpId " + empId.get() + " is new to LearnerSync and the file gives no UK "
                            + "postcode (DelLocPostCode or Postcode) for its address"));
        }
        return employer;
    }

    private Employer createEmployer(ProviderId providerId, EmpId empId, String postcode, ChangeOrigin origin) {
        FieldChecks checks = new FieldChecks();
        EmployerDetails details = EmployerDetails.parse(checks, "Employer " + empId + " (from an ILR file)",
                empId.value());
        EmployerAddressDetails address = EmployerAddressDetails.parse(checks, "employer.address.",
                PLACEHOLDER_ADDRESS, null, null, PLACEHOLDER_ADDRESS, postcode);
        checks.throwIfAny();
        return employers.create(providerId, details, List.of(address), origin);
    }

    /** A new learner's details: AgreemId only from a year that holds it. */
    private static LearnerDetailsInput newDetails(IlrLearner learner, Employer employer, IlrYear year) {
        return details(learner, null, employer, year.holds2627Additions() ? learner.agreemId().orElse(null) : null);
    }

    private static ProgrammeInput newEnrolment(IlrLearner.Delivery aim, ProgrammeId programmeId, EpaoId epaoId,
                                               IlrYear year) {
        return new ProgrammeInput(programmeId.toString(), null, aim.learnStartDate(), aim.learnPlanEndDate(), null,
                text(epaoId), offTheJob(aim, year, OffTheJobHours.NONE));
    }

    /**
     * The learner's details from the file; the links LearnerSync keeps (case owner, manager, site)
     * stay unless the file names another employer.
     */
    private static LearnerDetailsInput details(IlrLearner learner, LearnerDetailsInput current, Employer employer,
                                               String agreemId) {
        String caseOwnerId = current == null ? null : current.caseOwnerId();
        String managerId = current == null ? null : current.managerId();
        String employerId = current == null ? null : current.employerId();
        String addressId = current == null ? null : current.employerAddressId();
        if (employer != null && !employer.id().toString().equals(employerId)) {
            managerId = null;
            employerId = employer.id().toString();
            addressId = employer.addresses().get(0).id().toString();
        }
        return new LearnerDetailsInput(learner.uln(), learner.givenNames(), learner.familyName(),
                learner.dateOfBirth(), learner.sex(), learner.ethnicity(), learner.email(), learner.learnRefNumber(),
                caseOwnerId, managerId, employerId, addressId, agreemId);
    }

    private static ImportError refusal(IlrLearner learner, String message) {
        return new ImportError(learner.learnRefNumber(), learner.uln(), ImportError.LEARNERSYNC, Severity.E, message);
    }

    private static Optional<String> postcode(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Postcode.of(raw).value());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static String key(int standardCode, EpaoId epaoId) {
        return standardCode + "/" + epaoId;
    }

    private static String unitKey(String unitAimRef) {
        return "unit/" + unitAimRef;
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
