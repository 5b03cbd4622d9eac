package uk.learnersync.provider.automations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.automations.AutomationStep.Action;
import uk.learnersync.provider.automations.internal.AutomationStore;
import uk.learnersync.provider.learners.Circumstance;
import uk.learnersync.provider.learners.CircumstanceChange;
import uk.learnersync.provider.learners.CircumstanceChange.EpaOutcomeChange;
import uk.learnersync.provider.learners.CircumstanceOutcome;
import uk.learnersync.provider.learners.EpaOutcome;
import uk.learnersync.provider.learners.EpaResultObserved;
import uk.learnersync.provider.learners.CircumstanceManagement;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.validation.Text;
import uk.learnersync.provider.sync.SyncPreview;

/**
 * Requesting, previewing, approving and rejecting process automations, for the API and the web
 * pages alike. A request is checked against the learner's record when made, and again when
 * approved, since the record may have changed in between: then the approval is a conflict and
 * nothing is applied. Deciding locks the automation's row, so that of two concurrent decisions
 * one wins and the other is a conflict.
 */
@Service
public class AutomationManagement {

    private static final String AUDITED_AS = "automation";
    private static final int MAX_REASON_LENGTH = 2000;

    private final AutomationStore store;
    private final CircumstanceManagement circumstances;
    private final Learners learners;
    private final SyncPreview syncPreview;
    private final AuditTrail audit;

    AutomationManagement(AutomationStore store, CircumstanceManagement circumstances, Learners learners,
                         SyncPreview syncPreview, AuditTrail audit) {
        this.store = store;
        this.circumstances = circumstances;
        this.learners = learners;
        this.syncPreview = syncPreview;
        this.audit = audit;
    }

    /**
     * Raises an automation, PENDING until approved or rejected. Refused with field errors (nothing
     * stored) when a field is bad or the learner's record does not allow the change now.
     */
    @Transactional
    public Automation request(ProviderId providerId, AutomationRequest request, ChangeOrigin origin) {
        FieldChecks checks = new FieldChecks();
        AutomationRequest.Parsed parsed = request.parse(checks);
        if (parsed.learnerId() != null && learners.find(providerId, parsed.learnerId()).isEmpty()) {
            checks.reject("learnerId", "is not one of this provider's learners");
        }
        checks.throwIfAny();
        CircumstanceChange change = parsed.change();
        circumstances.preview(providerId, parsed.learnerId(), change);
        return raise(providerId, parsed.learnerId(), change, origin);
    }

    /**
     * An EPAO's platform recorded a result: an EPA outcome is proposed for a person to approve into the
     * ILR (TW-2), once per result; nothing in the ILR changes until then.
     */
    @EventListener
    void on(EpaResultObserved event) {
        EpaOutcome outcome = event.outcome();
        boolean raisedBefore = store.list(event.providerId(), null, event.learnerId()).stream()
                .anyMatch(automation -> automation.change() instanceof EpaOutcomeChange raised
                        && raised.outcome().grade() == outcome.grade()
                        && raised.outcome().assessmentDate().equals(outcome.assessmentDate()));
        if (!raisedBefore) {
            raise(event.providerId(), event.learnerId(), new EpaOutcomeChange(outcome.assessmentDate(), outcome),
                    new ChangeOrigin("epa-platform:" + event.epaoId(), Channel.READ_BACK));
        }
    }

    private Automation raise(ProviderId providerId, LearnerId learnerId, CircumstanceChange change,
                             ChangeOrigin origin) {
        Instant now = now();
        AutomationStep requested = new AutomationStep(Action.REQUESTED, origin.actor(), origin.channel(), now, null);
        Automation automation = new Automation(new AutomationId(UUID.randomUUID()), providerId, learnerId, change,
                AutomationStatus.PENDING, origin.actor(), now, null, null, null, null, List.of(requested));
        store.insert(automation);
        store.addStep(providerId, automation.id(), requested);
        audit.record(providerId, AUDITED_AS, automation.id().value(), origin, null, Audited.of(automation));
        return automation;
    }

    /**
     * Applies a pending automation to the learner's record with channel {@code AUTOMATION}. A
     * conflict when it is not pending, when maker-checker is on and the approver requested it, or
     * when the learner's record no longer allows it.
     */
    @Transactional
    public Automation approve(ProviderId providerId, AutomationId id, Approver approver) {
        requireApprover(approver);
        Automation pending = lockPending(providerId, id, "approved");
        if (barredByMakerChecker(providerId, pending, approver)) {
            throw new ConflictException("Maker-checker is on: " + approver.actor() + " requested automation " + id
                    + " and so cannot approve it; another approver must");
        }
        Circumstance applied;
        try {
            applied = circumstances.apply(providerId, pending.learnerId(), pending.change(),
                    ChangeOrigin.automation(approver.actor(), pending.type()));
        } catch (InvalidInputException e) {
            throw noLongerApplicable(pending, e);
        }
        return decide(pending, approver, AutomationStatus.APPLIED, null, applied.id());
    }

    /**
     * Whether maker-checker bars this approver from approving this automation: it is on and they
     * requested it. The pages offer no approval then, and {@link #approve} refuses it.
     */
    public boolean barredByMakerChecker(ProviderId providerId, Automation automation, Approver approver) {
        return store.settings(providerId).makerChecker() && automation.requestedBy().equals(approver.actor());
    }

    /** Rejects a pending automation: nothing is applied or sent. The reason is required and kept. */
    @Transactional
    public Automation reject(ProviderId providerId, AutomationId id, String reason, Approver approver) {
        requireApprover(approver);
        FieldChecks checks = new FieldChecks();
        String why = checks.required("reason", reason, text -> Text.line(text, MAX_REASON_LENGTH));
        checks.throwIfAny();
        Automation pending = lockPending(providerId, id, "rejected");
        return decide(pending, approver, AutomationStatus.REJECTED, why, null);
    }

    /**
     * What approving a pending automation would do now: what each EPA platform would be told and
     * which learner records would change. A conflict when it is decided, or when the learner's
     * record no longer allows it.
     */
    @Transactional(readOnly = true)
    public ImpactPreview preview(ProviderId providerId, AutomationId id) {
        Automation automation = get(providerId, id);
        if (automation.status() != AutomationStatus.PENDING) {
            throw new ConflictException("Automation " + id + " is " + automation.status()
                    + ": only a PENDING automation has an impact to preview");
        }
        CircumstanceOutcome outcome;
        try {
            outcome = circumstances.preview(providerId, automation.learnerId(), automation.change());
        } catch (InvalidInputException e) {
            throw noLongerApplicable(automation, e);
        }
        ChangeOrigin origin = ChangeOrigin.automation(automation.requestedBy(), automation.type());
        return new ImpactPreview(automation, syncPreview.preview(providerId, outcome.before(), outcome.after(),
                outcome.circumstance(), origin), outcome.records());
    }

    @Transactional(readOnly = true)
    public Automation get(ProviderId providerId, AutomationId id) {
        return store.find(providerId, id).orElseThrow(() -> new NotFoundException("Automation", id));
    }

    /** The provider's automations, oldest request first; {@code status} and {@code learnerId} filter when given. */
    @Transactional(readOnly = true)
    public List<Automation> list(ProviderId providerId, AutomationStatus status, LearnerId learnerId) {
        return store.list(providerId, status, learnerId);
    }

    @Transactional(readOnly = true)
    public AutomationSettings settings(ProviderId providerId) {
        return store.settings(providerId);
    }

    @Transactional
    public AutomationSettings changeSettings(ProviderId providerId, AutomationSettings settings, ChangeOrigin origin) {
        AutomationSettings before = store.settings(providerId);
        store.saveSettings(providerId, settings, origin.actor());
        audit.record(providerId, "automation-settings", providerId.value(), origin, before, settings);
        return settings;
    }

    /** Now, as precisely as PostgreSQL keeps it, so that an answer reads the same as the stored record. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireApprover(Approver approver) {
        if (!approver.mayApprove()) {
            throw new NotAnApproverException(approver.actor());
        }
    }

    private Automation lockPending(ProviderId providerId, AutomationId id, String decision) {
        Automation automation = store.findForUpdate(providerId, id)
                .orElseThrow(() -> new NotFoundException("Automation", id));
        if (automation.status() != AutomationStatus.PENDING) {
            throw new ConflictException("Automation " + id + " is " + automation.status() + " (by "
                    + automation.decidedBy() + "): only a PENDING automation can be " + decision);
        }
        return automation;
    }

    private Automation decide(Automation pending, Approver approver, AutomationStatus status, String reason,
                              UUID circumstanceId) {
        Instant now = now();
        AutomationStep step = new AutomationStep(status == AutomationStatus.APPLIED ? Action.APPROVED : Action.REJECTED,
                approver.actor(), approver.origin().channel(), now, reason);
        Automation decided = new Automation(pending.id(), pending.providerId(), pending.learnerId(), pending.change(),
                status, pending.requestedBy(), pending.requestedAt(), approver.actor(), now, reason, circumstanceId,
                List.of());
        if (!store.decide(decided)) {
            throw new IllegalStateException("Automation " + pending.id() + " changed under its row lock");
        }
        store.addStep(pending.providerId(), pending.id(), step);
        audit.record(pending.providerId(), AUDITED_AS, pending.id().value(), approver.origin(), Audited.of(pending),
                Audited.of(decided));
        return get(pending.providerId(), pending.id());
    }

    /**
     * An automation as the audit trail has always recorded it, its type and details named as the API names
     * them: the typed change alone would record neither its type nor the names earlier entries have.
     */
    private record Audited(AutomationId id, ProviderId providerId, AutomationType type, LearnerId learnerId,
                           LocalDate effectiveDate, Map<String, Object> details, AutomationStatus status,
                           String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                           String rejectionReason, UUID circumstanceId, List<AutomationStep> history) {

        static Audited of(Automation automation) {
            return new Audited(automation.id(), automation.providerId(), automation.type(), automation.learnerId(),
                    automation.effectiveDate(), automation.change().details(), automation.status(),
                    automation.requestedBy(), automation.requestedAt(), automation.decidedBy(),
                    automation.decidedAt(), automation.rejectionReason(), automation.circumstanceId(),
                    automation.history());
        }
    }

    private static ConflictException noLongerApplicable(Automation automation, InvalidInputException refusal) {
        return new ConflictException("The learner's record no longer allows automation " + automation.id() + " ("
                + automation.type() + ") as requested, so nothing was applied: " + refusal.errors().stream()
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "))
                + ". Reject it, or raise a new one");
    }
}
