package uk.learnersync.provider.learners;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.Employers;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.learners.CircumstanceChange.BreakInLearning;
import uk.learnersync.provider.learners.CircumstanceChange.ChangeOfEmployer;
import uk.learnersync.provider.learners.CircumstanceChange.ChangeOfPersonalDetails;
import uk.learnersync.provider.learners.CircumstanceChange.EpaOutcomeChange;
import uk.learnersync.provider.learners.CircumstanceChange.ChangeOfProgramme;
import uk.learnersync.provider.learners.CircumstanceChange.ChangeOfWorkingConditions;
import uk.learnersync.provider.learners.CircumstanceChange.ReturnToLearning;
import uk.learnersync.provider.learners.CircumstanceChange.Withdrawal;
import uk.learnersync.provider.learners.CircumstanceOutcome.RecordChange;
import uk.learnersync.provider.learners.internal.CircumstanceStore;
import uk.learnersync.provider.learners.internal.LearnerStore;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.Programmes;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;

/**
 * Applies changes of circumstance to learners' ILR records: by an approved tracker (channel
 * {@code AUTOMATION}, naming the tracker's type) or directly (any other channel, which counts as
 * manual: CC-5). Each application locks the learner's row, is audited, is kept in the learner's
 * circumstances, and publishes inside its transaction one {@link LearnerChanged}: the record before
 * and after and, for a break, return, withdrawal or change of programme, the circumstance the EPA
 * platform records (CC-1..CC-4). The sync engine's planner decides the rest (PC-1..PC-5 for a change
 * of programme, MG-5/6 and EM-5/6 for employment, ILR-3 for personal details).
 */
@Service
public class CircumstanceManagement {

    /** ILR {@code EmpStat} 10: in paid employment. */
    static final int IN_PAID_EMPLOYMENT = 10;

    private final LearnerStore store;
    private final CircumstanceStore history;
    private final LearnerManagement records;
    private final Employers employers;
    private final Programmes programmes;
    private final EpaConnections connections;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CircumstanceManagement(LearnerStore store, CircumstanceStore history, LearnerManagement records,
                         Employers employers, Programmes programmes, EpaConnections connections, AuditTrail audit,
                         ApplicationEventPublisher events) {
        this.store = store;
        this.history = history;
        this.records = records;
        this.employers = employers;
        this.programmes = programmes;
        this.connections = connections;
        this.audit = audit;
        this.events = events;
    }

    /**
     * What approving a tracker would do to the learner's records, without doing it; refused with
     * field errors as {@link #apply} would refuse it now.
     */
    @Transactional(readOnly = true)
    public CircumstanceOutcome preview(ProviderId providerId, LearnerId id, CircumstanceChange change) {
        Learner learner = store.find(providerId, id).orElseThrow(() -> new NotFoundException("Learner", id));
        return plan(learner, change, false).outcome();
    }

    /**
     * Applies the change; refused with field errors (nothing stored) when the learner's record does
     * not allow it. A change of programme with {@code origin} other than {@code AUTOMATION} moves a
     * connected learner to another EPAO as a manual registration (CC-5).
     */
    @Transactional
    public Circumstance apply(ProviderId providerId, LearnerId id, CircumstanceChange change, ChangeOrigin origin) {
        Learner before = store.findForUpdate(providerId, id).orElseThrow(() -> new NotFoundException("Learner", id));
        Plan plan = plan(before, change, origin.channel() != Channel.AUTOMATION);
        Learner after = plan.outcome().after();

        Circumstance circumstance = new Circumstance(UUID.randomUUID(), id, change.type(), change.effectiveDate(),
                change.details(), origin.channel(), origin.actor(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        history.insert(providerId, circumstance);
        audit.record(providerId, "learner-circumstance", circumstance.id(), origin, null, circumstance);
        if (change instanceof ChangeOfProgramme) {
            history.closeEnrolment(providerId, id, before.enrolment(), WithdrawReason.TRANSFERRED_TO_NEW_AIM,
                    change.effectiveDate());
        }
        if (change.changesEmployment()) {
            history.recordEmployment(providerId, id, after.employerId(), after.employerAddressId(),
                    IN_PAID_EMPLOYMENT, after.agreemId(), change.effectiveDate());
        }
        store.update(after);
        audit.record(providerId, "learner", id.value(), origin, before, after);
        events.publishEvent(new LearnerChanged(providerId, id, before, after, plan.outcome().circumstance(), origin));
        return circumstance;
    }

    /** The learner's changes of circumstance, oldest first. */
    @Transactional(readOnly = true)
    public List<Circumstance> list(ProviderId providerId, LearnerId id) {
        records.get(providerId, id);
        return history.list(providerId, id);
    }

    private record Plan(CircumstanceOutcome outcome) {
    }

    /** Checks the change against the learner and the provider's records, and works out its effect. */
    private Plan plan(Learner before, CircumstanceChange change, boolean appliedManually) {
        ProviderId providerId = before.providerId();
        FieldChecks checks = new FieldChecks();
        change.check(before, checks);
        Map<String, Object> detail = new LinkedHashMap<>();
        List<RecordChange> written = new ArrayList<>();
        Learner after;
        if (change instanceof BreakInLearning breakInLearning) {
            after = before.onBreak();
            if (breakInLearning.expectedReturnDate() != null) {
                detail.put("expectedReturnDate", breakInLearning.expectedReturnDate().toString());
            }
        } else if (change instanceof ReturnToLearning returnToLearning) {
            after = before.returned(returnToLearning.plannedEndDate());
            detail.put("plannedEndDate", returnToLearning.plannedEndDate().toString());
        } else if (change instanceof Withdrawal withdrawal) {
            after = before.withdrawn(withdrawal.reason(), withdrawal.effectiveDate());
            detail.put("withdrawReason", withdrawal.reason().code());
        } else if (change instanceof ChangeOfProgramme move) {
            Enrolment enrolment = records.resolve(checks, providerId, new Enrolment(move.programmeId(), move.option(),
                    move.startDate(), move.plannedEndDate(), before.enrolment().epaPeriodMonths(), move.epaoId()),
                    before.registration(), "details.");
            PersonalDetails.checkAgeAtStart(checks, "details.startDate", before.dateOfBirth(), move.startDate());
            checks.throwIfAny();
            after = before.withEnrolment(enrolment).withRegistration(before.registration()
                    .afterMoveTo(enrolment.epaoId(), connectionTo(providerId, enrolment.epaoId()), appliedManually));
            detail.put("programme", programmeDetail(providerId, enrolment));
            if (enrolment.epaoId() != null) {
                detail.put("epaoId", enrolment.epaoId().value());
            }
            written.add(new RecordChange("enrolmentHistory", "enrolment", null, "the current enrolment closed on "
                    + move.effectiveDate() + ": CompStatus 3, WithdrawReason "
                    + WithdrawReason.TRANSFERRED_TO_NEW_AIM.code() + ", LearnActEndDate " + move.effectiveDate()));
        } else if (change instanceof ChangeOfEmployer newEmployer) {
            Optional<Employer> employer = employers.find(providerId, newEmployer.employerId());
            if (employer.isEmpty()) {
                checks.reject("details.employerId", "is not one of this provider's employers");
            } else if (employer.get().address(newEmployer.employerAddressId()).isEmpty()) {
                checks.reject("details.employerAddressId", "is not an address of that employer");
            }
            checkManager(checks, providerId, newEmployer.managerId(), newEmployer.employerId());
            // The agreement is the old employer's: a new one comes with the new employer, if it is known.
            after = before.employedAt(newEmployer.employerId(), newEmployer.employerAddressId(),
                    newEmployer.managerId()).withAgreemId(newEmployer.agreemId());
        } else if (change instanceof ChangeOfPersonalDetails personal) {
            after = personal.applyTo(before);
        } else if (change instanceof EpaOutcomeChange epaOutcome) {
            after = before.completed(epaOutcome.outcome());
        } else {
            ChangeOfWorkingConditions conditions = (ChangeOfWorkingConditions) change;
            if (conditions.employerAddressId() != null && before.employerId() != null && employers
                    .find(providerId, before.employerId())
                    .flatMap(employer -> employer.address(conditions.employerAddressId())).isEmpty()) {
                checks.reject("details.employerAddressId", "is not an address of the learner's employer");
            }
            if (conditions.managerId() != null) {
                checkManager(checks, providerId, conditions.managerId(), before.employerId());
            }
            after = before.employedAt(before.employerId(),
                    conditions.employerAddressId() == null ? before.employerAddressId() : conditions.employerAddressId(),
                    conditions.managerId() == null ? before.managerId() : conditions.managerId());
        }
        checks.throwIfAny();
        if (change.changesEmployment()) {
            written.add(new RecordChange("employmentStatuses", "employmentStatus", null, "EmpStat "
                    + IN_PAID_EMPLOYMENT + " with employer " + after.employerId() + " at address "
                    + after.employerAddressId() + " from " + change.effectiveDate()));
        }
        written.add(new RecordChange("circumstances", change.type().name(), null,
                "effective " + change.effectiveDate()));
        List<RecordChange> changes = new ArrayList<>(fieldChanges(before, after));
        changes.addAll(written);
        AppliedCircumstance applied = change.circumstance()
                .map(type -> new AppliedCircumstance(type, change.effectiveDate(), detail))
                .orElse(null);
        return new Plan(new CircumstanceOutcome(before, after, applied, List.copyOf(changes)));
    }

    private void checkManager(FieldChecks checks, ProviderId providerId, ManagerId managerId, EmployerId employerId) {
        Optional<Manager> manager = employers.findManager(providerId, managerId);
        if (manager.isEmpty()) {
            checks.reject("details.managerId", "is not one of this provider's managers");
        } else if (!manager.get().employerId().equals(employerId)) {
            checks.reject("details.managerId", "is a manager of another employer");
        }
    }

    private Optional<EpaConnectionId> connectionTo(ProviderId providerId, EpaoId epaoId) {
        return epaoId == null ? Optional.empty() : connections.forEpao(providerId, epaoId).map(EpaConnection::id);
    }

    /** The new programme as the EPA platform records it with a change of programme. */
    private Map<String, Object> programmeDetail(ProviderId providerId, Enrolment enrolment) {
        Programme programme = programmes.find(providerId, enrolment.programmeId())
                .orElseThrow(() -> new NotFoundException("Programme", enrolment.programmeId()));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("standardCode", programme.standardCode());
        detail.put("standardReference", programme.standardReference());
        detail.put("standardVersion", programme.standardVersion());
        detail.put("option", enrolment.option());
        detail.put("startDate", enrolment.startDate().toString());
        detail.put("plannedEndDate", enrolment.plannedEndDate().toString());
        return Collections.unmodifiableMap(detail);
    }

    private static List<RecordChange> fieldChanges(Learner before, Learner after) {
        List<RecordChange> changes = new ArrayList<>();
        Enrolment was = before.enrolment();
        Enrolment is = after.enrolment();
        EpaRegistration wasRegistered = before.registration();
        EpaRegistration isRegistered = after.registration();
        field(changes, "status", before.status(), after.status());
        field(changes, "compStatus", before.status().compStatus(), after.status().compStatus());
        field(changes, "withdrawReason", before.withdrawReason(), after.withdrawReason());
        field(changes, "learnActEndDate", before.learnActEndDate(), after.learnActEndDate());
        field(changes, "programme.programmeId", was.programmeId(), is.programmeId());
        field(changes, "programme.option", was.option(), is.option());
        field(changes, "programme.startDate", was.startDate(), is.startDate());
        field(changes, "programme.plannedEndDate", was.plannedEndDate(), is.plannedEndDate());
        field(changes, "programme.epaoId", was.epaoId(), is.epaoId());
        field(changes, "employerId", before.employerId(), after.employerId());
        field(changes, "employerAddressId", before.employerAddressId(), after.employerAddressId());
        field(changes, "managerId", before.managerId(), after.managerId());
        field(changes, "agreemId", before.agreemId(), after.agreemId());
        field(changes, "epaRegistration.mode", wasRegistered.mode(), isRegistered.mode());
        field(changes, "epaRegistration.epaoId", wasRegistered.epaoId(), isRegistered.epaoId());
        field(changes, "epaRegistration.connectionId", wasRegistered.connectionId(), isRegistered.connectionId());
        return changes;
    }

    private static void field(List<RecordChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new RecordChange("learner", field, Ids.text(before), Ids.text(after)));
        }
    }
}
