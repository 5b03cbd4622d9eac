package uk.learnersync.provider.sync.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.learners.AppliedCircumstance;
import uk.learnersync.provider.learners.CircumstanceType;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.EpaRegistration;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerAspect;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.PlatformRecord;
import uk.learnersync.provider.sync.PlatformStatus;
import uk.learnersync.provider.sync.policy.RuleTable;
import uk.learnersync.provider.sync.policy.SyncAction;
import uk.learnersync.provider.sync.policy.SyncPolicy;
import uk.learnersync.provider.sync.policy.SyncPolicy.Decision;
import uk.learnersync.provider.sync.policy.SyncRule;
import uk.learnersync.provider.sync.policy.Trigger;

/**
 * The one place that decides what a change means on the EPA platforms (ARCHITECTURE.md, promise 9).
 * From the learner's record before and after a change, its channel and the provider's policy, it
 * works out which sync-log entries the change writes and what each of the learner's platform records
 * must hold afterwards. Delivery then drives each platform towards the record's desired state, so
 * whatever the order in which calls succeed, fail or are repeated, the platforms end where the plan
 * says. The change recorder, the fan-out, the ILR import (through the learners' changes) and the
 * preview of an automation all ask this planner; nothing else decides.
 *
 * <p>Pure: no Spring, no SQL, no clock (today is given).
 */
public final class Planner {

    /**
     * Where a registration's and a programme change's payload keep what they send. Each is an event in
     * the platform record's history, so it carries the state as of its own change, not a later one:
     * a registration sent late must not already show the break queued behind it, or the break would
     * then find the record in a state it cannot come from. Updates, by contrast, send the latest state.
     */
    public static final String REGISTERED_RECORD = "record";
    public static final String PROGRAMME_STARTED = "programme";

    private static final SyncRule REGISTERED_MANUALLY_RULE = RuleTable.rule("RG-2");
    private static final SyncRule RESTARTS_NOTHING = RuleTable.rule("CV-4");

    private final SyncPolicy policy;
    private final LocalDate today;

    public Planner(SyncPolicy policy, LocalDate today) {
        this.policy = Objects.requireNonNull(policy);
        this.today = Objects.requireNonNull(today);
    }

    /**
     * A change of one learner's record: details, links, programme, EPAO, registration or standing.
     *
     * @param circumstance   the change of circumstance that made it, or {@code null}
     * @param live           the learner's record after the change as a platform would show it; {@code null}
     *                       when the learner is not registered through a connection after it
     * @param records        the learner's records on platforms before the change: the one it was registered
     *                       through, if any, and those it left
     * @param connectedEpaos which EPAOs the provider has a connection to
     */
    public Plan learnerChanged(Learner before, Learner after, AppliedCircumstance circumstance, ChangeOrigin origin,
                               PlatformRecord live, List<RecordState> records, Predicate<EpaoId> connectedEpaos) {
        Builder plan = new Builder(records);
        EpaRegistration was = before.registration();
        EpaRegistration is = after.registration();
        if (!was.isConnected() && is.isConnected()) {
            registerFresh(plan, Trigger.REGISTERED_THROUGH_CONNECTION, is, after, live, origin);
            return plan.build();
        }
        if (was.mode() == RegistrationMode.NONE && is.mode() == RegistrationMode.MANUAL) {
            plan.skip(REGISTERED_MANUALLY_RULE, SyncAction.NOTHING, null, is.epaoId(), "Registered manually: nothing is sent");
            return plan.build();
        }
        if (was.mode() == RegistrationMode.NONE && is.mode() == RegistrationMode.NONE) {
            return plan.build();
        }
        if (circumstance != null) {
            recordCircumstance(plan, was, after, circumstance, origin);
        }
        if (movedBetween(before.enrolment(), after.enrolment())) {
            move(plan, before, after, circumstance, origin, live, connectedEpaos);
        }
        updateAspects(plan, before, after, circumstance, origin, live);
        return plan.build();
    }

    /**
     * A change of a record linked to the learner (case owner, manager, employer, address) or of the
     * learner's programme (CV-5), which {@code rule} decided, for its channel, sends: the learner's
     * active record takes the section it is about from the learner's record now.
     */
    public Plan linkedRecordChanged(SyncRule rule, RecordState active, PlatformRecord live) {
        Builder plan = new Builder(active);
        if (active == null || !active.active()) {
            return plan.build();
        }
        SyncAction action = rule.action();
        if (action == SyncAction.UPDATE_PROGRAMME
                && active.desired().programme().standardCode() != live.programme().standardCode()) {
            // Another standard altogether is a programme change on the platform, not an amendment.
            action = SyncAction.CHANGE_PROGRAMME;
            if (active.desired().status().closed()) {
                plan.skip(RESTARTS_NOTHING, action, active, "The record on the platform is "
                        + active.desired().status() + ": a new programme would restart the learner there");
                return plan.build();
            }
        }
        plan.send(rule, action, active, action == SyncAction.CHANGE_PROGRAMME ? moveOn(today, live) : null,
                apply(action, active.desired(), live));
        return plan.build();
    }

    /**
     * A fresh record on the connection, with the whole learner. A record the learner left there without
     * it being withdrawn (a change of programme applied by hand, CC-5) is cancelled first: the platform
     * keeps one live record per learner and standard, and that one no longer speaks for the learner.
     */
    /**
     * A repair (TW-4): the record's desired state, sent again section by section where the platform's
     * differs ({@code fields} name them as {@link Drift} does), and the circumstance that brings its status
     * back where it should be. A record the platform no longer has is registered again.
     */
    public Plan repair(RecordState record, Set<String> fields, boolean missing) {
        Builder plan = new Builder(List.of(record));
        SyncRule rule = RuleTable.rule("TW-4");
        PlatformRecord desired = record.desired();
        if (missing) {
            plan.send(rule, SyncAction.REGISTER, record, Map.of(REGISTERED_RECORD, desired), desired);
            return plan.build();
        }
        Map<String, SyncAction> sections = Map.of("learner.", SyncAction.UPDATE_LEARNER_DETAILS,
                "employer.", SyncAction.UPDATE_EMPLOYER, "employerContact.", SyncAction.UPDATE_EMPLOYER_CONTACT,
                "tutor.", SyncAction.UPDATE_TUTOR, "programme.", SyncAction.UPDATE_PROGRAMME);
        sections.entrySet().stream()
                .filter(section -> fields.stream().anyMatch(field -> field.startsWith(section.getKey())))
                .map(Map.Entry::getValue)
                .sorted()
                .forEach(action -> plan.send(rule, action, record, null, desired));
        if (fields.contains("status")) {
            statusRestored(desired).ifPresent(payload ->
                    plan.send(rule, SyncAction.RECORD_CIRCUMSTANCE, record, payload, desired));
        }
        return plan.build();
    }

    /** The circumstance that takes an open record to the status it should show. */
    private Optional<Map<String, Object>> statusRestored(PlatformRecord desired) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("effectiveDate", today);
        switch (desired.status()) {
            case SUSPENDED -> {
                payload.put("type", "BREAK_IN_LEARNING");
                payload.put("detail", Map.of());
            }
            case ON_PROGRAMME -> {
                payload.put("type", "RETURN_TO_LEARNING");
                payload.put("detail", Map.of("plannedEndDate", desired.programme().plannedEndDate().toString()));
            }
            case WITHDRAWN -> {
                payload.put("type", "WITHDRAWAL");
                payload.put("detail", Map.of());
            }
            case CANCELLED -> {
                payload.put("type", "CANCELLATION");
                payload.put("detail", Map.of());
            }
            case COMPLETED -> {
                // Only the EPAO completes a record.
                return Optional.empty();
            }
        }
        return Optional.of(payload);
    }

    private void registerFresh(Builder plan, Trigger trigger, EpaRegistration is, Learner after, PlatformRecord live,
                               ChangeOrigin origin) {
        SyncRule rule = decide(trigger, origin).map(Decision::rule).orElseThrow();
        for (RecordState stale : plan.leftLiveOn(is.connectionId())) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", "CANCELLATION");
            payload.put("effectiveDate", today);
            payload.put("detail", Map.of("reason", "Replaced by a new registration of the learner"));
            plan.send(rule, SyncAction.WITHDRAW_FROM_CONNECTION, stale, payload,
                    stale.desired().withStatus(PlatformStatus.CANCELLED));
        }
        RecordState fresh = plan.open(new RecordState(RecordId.random(), is.connectionId(), is.epaoId(), true, null,
                live.withStatus(PlatformStatus.of(after.status()))));
        plan.send(rule, SyncAction.REGISTER, fresh, Map.of(REGISTERED_RECORD, fresh.desired()), fresh.desired());
    }

    /** CC-1..CC-5: recorded where the learner was registered, before any move the change also makes. */
    private void recordCircumstance(Builder plan, EpaRegistration was, Learner after, AppliedCircumstance circumstance,
                                    ChangeOrigin origin) {
        Optional<Decision> decision = decide(triggerOf(circumstance.type()), origin);
        if (decision.isEmpty()) {
            return;
        }
        RecordState record = plan.active();
        if (was.mode() == RegistrationMode.MANUAL) {
            plan.skip(REGISTERED_MANUALLY_RULE, SyncAction.NOTHING, null, was.epaoId(),
                    "The learner is registered manually: nothing is sent");
            return;
        }
        if (record == null) {
            return;
        }
        SyncRule rule = decision.get().rule();
        if (!decision.get().sends()) {
            plan.skip(rule, SyncAction.RECORD_CIRCUMSTANCE, record, notSent(rule, origin));
            return;
        }
        if (record.desired().status().closed()) {
            plan.skip(RESTARTS_NOTHING, SyncAction.RECORD_CIRCUMSTANCE, record, "The record on the platform is "
                    + record.desired().status() + ": a change of circumstance is not recorded on a closed record");
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", circumstance.type().name());
        payload.put("effectiveDate", circumstance.effectiveDate());
        payload.put("detail", circumstance.detail());
        plan.send(rule, SyncAction.RECORD_CIRCUMSTANCE, record, payload,
                afterCircumstance(record.desired(), circumstance, after));
    }

    /** PC-1..PC-5, and CC-5 for a change of programme applied by hand. */
    private void move(Builder plan, Learner before, Learner after, AppliedCircumstance circumstance,
                      ChangeOrigin origin, PlatformRecord live, Predicate<EpaoId> connectedEpaos) {
        EpaRegistration was = before.registration();
        EpaRegistration is = after.registration();
        Enrolment from = before.enrolment();
        Enrolment to = after.enrolment();
        if (was.mode() == RegistrationMode.MANUAL) {
            if (!Objects.equals(from.epaoId(), to.epaoId()) && to.epaoId() != null && connectedEpaos.test(to.epaoId())) {
                decide(Trigger.MOVED_TO_CONNECTED_EPAO_FROM_MANUAL, origin).ifPresent(decision -> plan.skip(
                        decision.rule(), SyncAction.NOTHING, null, to.epaoId(),
                        "The learner may now be registered through the connection to " + to.epaoId()));
            }
            return;
        }
        RecordState record = plan.active();
        if (record == null) {
            return;
        }
        boolean sameConnection = is.isConnected() && is.connectionId().equals(record.connectionId());
        if (circumstance != null && circumstance.type() == CircumstanceType.CHANGE_OF_PROGRAMME
                && origin.channel() != Channel.AUTOMATION) {
            // CC-5: a change of programme applied by hand sends nothing; the registration may have become manual.
            if (!sameConnection) {
                plan.leave(record);
            }
            return;
        }
        if (sameConnection) {
            Trigger trigger = !from.programmeId().equals(to.programmeId())
                    ? Trigger.MOVED_TO_PROGRAMME_ON_SAME_CONNECTION
                    : Trigger.OPTION_CHANGED_ON_SAME_CONNECTION;
            decide(trigger, origin).ifPresent(decision -> changeProgramme(plan, record, decision, from, to, origin, live));
            return;
        }
        Trigger trigger = is.isConnected() ? Trigger.MOVED_TO_OTHER_CONNECTION : Trigger.MOVED_TO_UNCONNECTED_EPAO;
        Optional<Decision> decision = decide(trigger, origin);
        if (decision.isPresent() && decision.get().sends()) {
            withdraw(plan, record, decision.get().rule(), to.epaoId());
        } else {
            decision.ifPresent(skipped -> plan.skip(skipped.rule(), SyncAction.WITHDRAW_FROM_CONNECTION, record,
                    notSent(skipped.rule(), origin)));
        }
        plan.leave(plan.active());
        if (is.isConnected()) {
            registerFresh(plan, Trigger.REGISTERED_THROUGH_CONNECTION, is, after, live, origin);
        }
    }

    private void changeProgramme(Builder plan, RecordState record, Decision decision, Enrolment from, Enrolment to,
                                 ChangeOrigin origin, PlatformRecord live) {
        if (!decision.sends()) {
            plan.skip(decision.rule(), SyncAction.CHANGE_PROGRAMME, record, notSent(decision.rule(), origin));
        } else if (record.desired().status().closed()) {
            plan.skip(RESTARTS_NOTHING, SyncAction.CHANGE_PROGRAMME, record, "The record on the platform is "
                    + record.desired().status() + ": a new programme would restart the learner there, so none is started");
        } else {
            LocalDate effective = to.startDate().equals(from.startDate()) ? today : to.startDate();
            plan.send(decision.rule(), SyncAction.CHANGE_PROGRAMME, record, moveOn(effective, live),
                    apply(SyncAction.CHANGE_PROGRAMME, record.desired(), live));
        }
    }

    /** The learner leaves the record's EPAO: the platform shows the record withdrawn, unless it is closed already. */
    private void withdraw(Builder plan, RecordState record, SyncRule rule, EpaoId newEpaoId) {
        if (record.desired().status().closed()) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "TRANSFER_TO_ANOTHER_EPAO");
        payload.put("effectiveDate", today);
        payload.put("detail", newEpaoId == null ? Map.of() : Map.of("newEpaoId", newEpaoId.value()));
        plan.send(rule, SyncAction.WITHDRAW_FROM_CONNECTION, record, payload,
                record.desired().withStatus(PlatformStatus.WITHDRAWN));
    }

    /**
     * The aspects of the record that changed, each decided by its own rule, on the record the learner
     * is registered through after the change. A fresh registration carries them all; the programme's
     * dates travel with a programme change or a circumstance rather than on their own.
     */
    private void updateAspects(Builder plan, Learner before, Learner after, AppliedCircumstance circumstance,
                               ChangeOrigin origin, PlatformRecord live) {
        RecordState record = plan.active();
        boolean manual = after.registration().mode() == RegistrationMode.MANUAL;
        if (!manual && (record == null || plan.isOpened(record))) {
            return;
        }
        boolean enrolmentCarried = circumstance != null || movedBetween(before.enrolment(), after.enrolment());
        for (LearnerAspect aspect : LearnerAspect.changedBetween(before, after)) {
            if (enrolmentCarried && aspect.ofEnrolment()) {
                continue;
            }
            Optional<Decision> decision = decide(triggerOf(aspect), origin);
            if (decision.isEmpty()) {
                continue;
            }
            SyncRule rule = decision.get().rule();
            if (manual) {
                plan.skip(REGISTERED_MANUALLY_RULE, SyncAction.NOTHING, null, after.registration().epaoId(),
                        "The learner is registered manually: nothing is sent");
            } else if (decision.get().sends()) {
                RecordState current = plan.active();
                plan.send(rule, rule.action(), current, null, applyAspect(aspect, rule.action(), current.desired(), live));
            } else {
                plan.skip(rule, rule.action(), record, notSent(rule, origin));
            }
        }
    }

    private Optional<Decision> decide(Trigger trigger, ChangeOrigin origin) {
        return policy.decide(trigger, origin);
    }

    /**
     * What the record should hold once {@code action} carried the change of one aspect to it. A change of
     * one programme date sends that date alone: the other may differ on purpose, as when a change of
     * programme was applied by hand and the platform keeps the start it knew (CC-5).
     */
    static PlatformRecord applyAspect(LearnerAspect aspect, SyncAction action, PlatformRecord desired,
                                      PlatformRecord live) {
        if (action != SyncAction.UPDATE_PROGRAMME_DATES) {
            return apply(action, desired, live);
        }
        PlatformRecord.Programme programme = desired.programme();
        return switch (aspect) {
            case PROGRAMME_START_DATE -> desired.withProgramme(
                    programme.withDates(live.programme().startDate(), programme.plannedEndDate()));
            case PROGRAMME_PLANNED_END_DATE -> desired.withProgramme(
                    programme.withPlannedEndDate(live.programme().plannedEndDate()));
            default -> apply(action, desired, live);
        };
    }

    /** What the record should hold once {@code action} carried the learner's record {@code live} to it. */
    static PlatformRecord apply(SyncAction action, PlatformRecord desired, PlatformRecord live) {
        return switch (action) {
            case REGISTER -> live;
            case UPDATE_LEARNER_DETAILS -> desired.withLearner(live.learner());
            case UPDATE_EMPLOYER -> desired.withEmployer(live.employer());
            case UPDATE_EMPLOYER_CONTACT -> desired.withEmployerContact(live.employerContact());
            case UPDATE_TUTOR -> desired.withTutor(live.tutor());
            case UPDATE_PROGRAMME_DATES -> desired.withProgramme(desired.programme()
                    .withDates(live.programme().startDate(), live.programme().plannedEndDate()));
            case UPDATE_PROGRAMME -> desired.withProgramme(new PlatformRecord.Programme(live.programme().standardCode(),
                    live.programme().standardReference(), live.programme().standardVersion(),
                    desired.programme().option(), desired.programme().startDate(),
                    desired.programme().plannedEndDate()));
            case CHANGE_PROGRAMME -> desired.withProgramme(live.programme());
            case RECORD_CIRCUMSTANCE, WITHDRAW_FROM_CONNECTION, NOTHING -> desired;
        };
    }

    /**
     * The status a circumstance leaves the record in; a return also carries the new planned end date, which
     * the learner's record has from it.
     */
    private static PlatformRecord afterCircumstance(PlatformRecord desired, AppliedCircumstance circumstance,
                                                    Learner after) {
        return switch (circumstance.type()) {
            case BREAK_IN_LEARNING -> desired.withStatus(PlatformStatus.SUSPENDED);
            case RETURN_TO_LEARNING -> desired.withStatus(PlatformStatus.ON_PROGRAMME).withProgramme(desired.programme()
                    .withPlannedEndDate(after.enrolment().plannedEndDate()));
            case WITHDRAWAL -> desired.withStatus(PlatformStatus.WITHDRAWN);
            case CHANGE_OF_PROGRAMME -> desired;
        };
    }

    /** A programme change's payload: the day it takes effect and the programme then started. */
    private static Map<String, Object> moveOn(LocalDate effectiveDate, PlatformRecord live) {
        return Map.of("effectiveDate", effectiveDate, PROGRAMME_STARTED, live.programme());
    }

    private static boolean movedBetween(Enrolment from, Enrolment to) {
        return !Objects.equals(from.programmeId(), to.programmeId()) || !Objects.equals(from.option(), to.option())
                || !Objects.equals(from.epaoId(), to.epaoId());
    }

    private static String notSent(SyncRule rule, ChangeOrigin origin) {
        return rule.neverSends()
                ? "Rule " + rule.id() + " never sends this"
                : "Rule " + rule.id() + " sends nothing through " + origin.channel() + " under this provider's policy";
    }

    private static Trigger triggerOf(CircumstanceType type) {
        return switch (type) {
            case BREAK_IN_LEARNING -> Trigger.BREAK_IN_LEARNING;
            case RETURN_TO_LEARNING -> Trigger.RETURN_TO_LEARNING;
            case WITHDRAWAL -> Trigger.WITHDRAWAL;
            case CHANGE_OF_PROGRAMME -> Trigger.CHANGE_OF_PROGRAMME;
        };
    }

    static Trigger triggerOf(LearnerAspect aspect) {
        return switch (aspect) {
            case PERSONAL_DETAILS -> Trigger.PERSONAL_DETAILS_CHANGED;
            case SEX -> Trigger.SEX_CHANGED;
            case ETHNICITY -> Trigger.ETHNICITY_CHANGED;
            case ULN -> Trigger.ULN_CHANGED;
            case CASE_OWNER -> Trigger.CASE_OWNER_REPLACED;
            case MANAGER -> Trigger.MANAGER_REPLACED;
            case EMPLOYER -> Trigger.EMPLOYER_REPLACED;
            case PROGRAMME_START_DATE -> Trigger.PROGRAMME_START_DATE_CHANGED;
            case PROGRAMME_PLANNED_END_DATE -> Trigger.PROGRAMME_PLANNED_END_DATE_CHANGED;
            case EPA_PERIOD -> Trigger.EPA_PERIOD_CHANGED;
        };
    }

    /** Collects the entries and the records' new states; the learner's active record moves as the plan goes. */
    private static final class Builder {

        private final List<Step> steps = new ArrayList<>();
        private final Map<RecordId, RecordState> records = new LinkedHashMap<>();
        private final List<RecordId> opened = new ArrayList<>();
        private final List<RecordId> changed = new ArrayList<>();
        private RecordId active;

        Builder(List<RecordState> known) {
            for (RecordState record : known) {
                records.put(record.id(), record);
                if (record.active()) {
                    active = record.id();
                }
            }
        }

        Builder(RecordState active) {
            this(active == null ? List.of() : List.of(active));
        }

        /** Records the learner left on the connection that the platform still holds open. */
        List<RecordState> leftLiveOn(EpaConnectionId connectionId) {
            return records.values().stream()
                    .filter(record -> !record.active() && record.connectionId().equals(connectionId))
                    .filter(record -> record.desired() != null && !record.desired().status().closed())
                    .toList();
        }

        RecordState active() {
            return active == null ? null : records.get(active);
        }

        boolean isOpened(RecordState record) {
            return opened.contains(record.id());
        }

        RecordState open(RecordState record) {
            records.put(record.id(), record);
            opened.add(record.id());
            active = record.id();
            return record;
        }

        void leave(RecordState record) {
            if (record != null) {
                update(record.left());
                if (record.id().equals(active)) {
                    active = null;
                }
            }
        }

        void send(SyncRule rule, SyncAction action, RecordState record, Map<String, Object> payload,
                  PlatformRecord desiredAfter) {
            steps.add(new Step(rule.id(), action, record.id(), record.connectionId(), record.epaoId(), true, payload,
                    null));
            update(records.get(record.id()).withDesired(desiredAfter));
        }

        void skip(SyncRule rule, SyncAction action, RecordState record, String reason) {
            steps.add(new Step(rule.id(), action, record.id(), record.connectionId(), record.epaoId(), false, null,
                    reason));
        }

        void skip(SyncRule rule, SyncAction action, RecordId record, EpaoId epaoId, String reason) {
            steps.add(new Step(rule.id(), action, record, null, epaoId, false, null, reason));
        }

        private void update(RecordState record) {
            records.put(record.id(), record);
            if (!opened.contains(record.id()) && !changed.contains(record.id())) {
                changed.add(record.id());
            }
        }

        Plan build() {
            return new Plan(steps, opened.stream().map(records::get).toList(),
                    changed.stream().map(records::get).toList());
        }
    }
}
