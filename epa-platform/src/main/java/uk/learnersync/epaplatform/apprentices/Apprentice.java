package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import uk.learnersync.epaplatform.organisations.ConnectionId;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Ukprn;
import uk.learnersync.validation.InvalidInputException;

/**
 * An apprentice's record at one organisation, owned by the connection that registered it. Every
 * change gives a new record.
 *
 * <p>The status is not stored: it follows from the status the provider registered the apprentice
 * with and the record's timeline (its changes of circumstance and the EPAO's actions, in
 * effective-date order) through {@link Lifecycle}. A change is accepted only if the whole timeline,
 * future-dated entries included, stays a path the lifecycle allows; the status on a given day counts
 * the entries effective by then, so a future-dated change takes effect on its date.
 */
public record Apprentice(ApprenticeId id, ConnectionId connectionId, EpaoId epaoId, Ukprn providerUkprn,
                         LearnerDetails learner, Employer employer, Contact employerContact, Contact tutor,
                         ApprenticeStatus registeredStatus, List<Programme> programmes,
                         List<Circumstance> circumstances, List<EpaoAction> epaoActions, Instant updatedAt) {

    public Apprentice {
        programmes = List.copyOf(programmes);
        circumstances = List.copyOf(circumstances);
        epaoActions = List.copyOf(epaoActions);
    }

    static Apprentice register(ApprenticeId id, ConnectionId connectionId, EpaoId epaoId, Ukprn providerUkprn,
                               Registration registration, Instant now) {
        return new Apprentice(id, connectionId, epaoId, providerUkprn, registration.learner().requireRealUln(),
                registration.employer(), registration.employerContact(), registration.tutor(), registration.status(),
                List.of(registration.programme()), List.of(), List.of(), now);
    }

    /** The programme the apprentice is on now; a registration starts one and a change replaces it. */
    public Programme activeProgramme() {
        return programmes.stream().filter(programme -> programme.status() == ProgrammeStatus.ACTIVE)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Apprentice " + id + " has no active programme"));
    }

    /** Where the apprentice stands on {@code day}: the timeline's entries effective on or before it. */
    public Standing standing(LocalDate day) {
        Standing standing = Standing.registered(registeredStatus);
        for (TimelineEntry entry : timeline()) {
            if (entry.effectiveDate().isAfter(day)) {
                break;
            }
            try {
                standing = entry.applyTo(standing);
            } catch (Refusal e) {
                // Only a record written before the lifecycle was enforced can hold a refused entry: it had no effect.
            }
        }
        return standing;
    }

    public ApprenticeStatus status(LocalDate day) {
        return standing(day).status();
    }

    /** The gateway, once the EPAO has confirmed it (its actions take effect when recorded). */
    public Optional<Gateway> gateway() {
        return Optional.ofNullable(standing(LocalDate.MAX).gateway());
    }

    Apprentice withLearner(LearnerDetails newLearner, Instant now) {
        return new Apprentice(id, connectionId, epaoId, providerUkprn, newLearner.requireRealUln(), employer,
                employerContact, tutor, registeredStatus, programmes, circumstances, epaoActions, now);
    }

    Apprentice withEmployer(Employer newEmployer, Instant now) {
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, newEmployer, employerContact, tutor,
                registeredStatus, programmes, circumstances, epaoActions, now);
    }

    Apprentice withEmployerContact(Contact newContact, Instant now) {
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, newContact, tutor,
                registeredStatus, programmes, circumstances, epaoActions, now);
    }

    Apprentice withTutor(Contact newTutor, Instant now) {
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, employerContact, newTutor,
                registeredStatus, programmes, circumstances, epaoActions, now);
    }

    /** Dates are not locked and reopen nothing: a provider may correct them on any record. */
    Apprentice withProgrammeDates(LocalDate startDate, LocalDate plannedEndDate, Instant now) {
        return withActiveProgramme(activeProgramme().withDates(startDate, plannedEndDate), circumstances, now);
    }

    /**
     * Amends the active programme in place, nothing stopped or started: the provider's programme
     * definition changed, for example its standard version (RULES.md CV-5). It reopens nothing, so a
     * closed record takes it too, unless the gateway has locked what it would change.
     */
    Apprentice amendProgramme(Programme amended, Instant now) {
        requireUnlocked(amended.locked());
        return withActiveProgramme(amended, circumstances, now);
    }

    /**
     * Stops the active programme on {@code effectiveDate} and starts {@code next}, in one step
     * (RULES.md PC-4, PC-5). Starting a programme would reopen a closed record.
     */
    Apprentice changeProgramme(LocalDate effectiveDate, Programme next, Instant now) {
        Lifecycle.require(standing(LocalDate.MAX).status(), LifecycleEvent.PROGRAMME_STARTED);
        requireUnlocked(next.locked());
        List<Programme> changed = new ArrayList<>();
        programmes.forEach(programme -> changed.add(programme.status() == ProgrammeStatus.ACTIVE
                ? programme.stoppedOn(effectiveDate)
                : programme));
        changed.add(next);
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, employerContact, tutor,
                registeredStatus, changed, circumstances, epaoActions, now);
    }

    /**
     * Adds a change of circumstance to the timeline; a return to learning also moves the active
     * programme's planned end date to the one it carries.
     */
    Apprentice record(CircumstanceType type, LocalDate effectiveDate, Map<String, Object> detail,
                      Instant now) {
        Circumstance circumstance = new Circumstance(type, effectiveDate, stamp(now), detail);
        circumstance.proposedProgramme().ifPresent(this::requireUnlocked);
        List<Circumstance> recorded = new ArrayList<>(circumstances);
        recorded.add(circumstance);
        Programme active = activeProgramme();
        if (type == CircumstanceType.RETURN_TO_LEARNING) {
            LocalDate plannedEndDate = circumstance.plannedEndDate();
            if (!plannedEndDate.isAfter(active.startDate())) {
                throw InvalidInputException.of("detail.plannedEndDate",
                        "must be after the active programme's start date " + active.startDate());
            }
            active = active.withDates(active.startDate(), plannedEndDate);
        }
        return withActiveProgramme(active, recorded, circumstance.recordedAt()).requireValidTimeline();
    }

    /** The EPAO confirms the gateway: from then the standard, its version and option are locked. */
    Apprentice confirmGateway(LocalDate gatewayDate, LocalDate today, Instant now) {
        Apprentice confirmed = act(EpaoAction.of(EpaoActionType.GATEWAY_CONFIRMED, today, stamp(now))
                .withGatewayDate(gatewayDate), now);
        LocalDate start = activeProgramme().startDate();
        if (gatewayDate.isBefore(start)) {
            throw InvalidInputException.of("gatewayDate", "must not be before the programme's start date " + start);
        }
        return confirmed;
    }

    /** A pass completes the record; a fail leaves it for a resit or retake to be decided. */
    Apprentice recordResult(Grade grade, LocalDate assessmentDate, LocalDate today, Instant now) {
        Apprentice assessed = act(EpaoAction.of(EpaoActionType.RESULT_RECORDED, today, stamp(now))
                .withResult(grade, assessmentDate), now);
        LocalDate gatewayDate = gateway().orElseThrow().date();
        if (assessmentDate.isBefore(gatewayDate)) {
            throw InvalidInputException.of("assessmentDate", "must not be before the gateway date " + gatewayDate);
        }
        return assessed;
    }

    Apprentice certify(LocalDate today, Instant now) {
        return act(EpaoAction.of(EpaoActionType.CERTIFIED, today, stamp(now)), now);
    }

    Apprentice withdrawByEpao(String reason, LocalDate today, Instant now) {
        return act(EpaoAction.of(EpaoActionType.WITHDRAWN_BY_EPAO, today, stamp(now)).withReason(reason), now);
    }

    /** After a fail, a retake: the apprentice learns again and comes back through a new gateway, so the lock lifts. */
    Apprentice backIntoLearning(String reason, LocalDate today, Instant now) {
        return act(EpaoAction.of(EpaoActionType.BACK_INTO_LEARNING, today, stamp(now)).withReason(reason), now);
    }

    /** The EPAO's staff edited the personal details on the platform, outside the provider. */
    Apprentice editedOnPlatform(LearnerDetails edited, Instant now) {
        return withLearner(edited, now);
    }

    private Apprentice act(EpaoAction action, Instant now) {
        List<EpaoAction> actions = new ArrayList<>(epaoActions);
        actions.add(action);
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, employerContact, tutor,
                registeredStatus, programmes, circumstances, actions, now).requireValidTimeline();
    }

    /** Replays the whole timeline, future-dated entries included, refusing the first entry the lifecycle does not allow. */
    private Apprentice requireValidTimeline() {
        Standing standing = Standing.registered(registeredStatus);
        for (TimelineEntry entry : timeline()) {
            standing = entry.applyTo(standing);
        }
        return this;
    }

    /** Entries in effective-date order; entries of one day in the order they were recorded. */
    private List<TimelineEntry> timeline() {
        return Stream.concat(circumstances.stream(), epaoActions.stream())
                .map(TimelineEntry.class::cast)
                .sorted(Comparator.comparing(TimelineEntry::effectiveDate).thenComparing(TimelineEntry::recordedAt))
                .toList();
    }

    /** After the gateway, a provider may not change the standard, its version or option (epaPRO's lock). */
    private void requireUnlocked(Programme.Locked proposed) {
        if (gateway().isPresent() && !activeProgramme().locked().equals(proposed)) {
            throw new Refusal(RefusalCode.LOCKED_AFTER_GATEWAY, "The gateway was confirmed on "
                    + gateway().get().date() + ": the standard, its version and option are locked");
        }
    }

    /** A recording time later than every entry's, so that entries of one day keep the order they were recorded in. */
    private Instant stamp(Instant now) {
        return Stream.concat(circumstances.stream(), epaoActions.stream())
                .map(TimelineEntry::recordedAt)
                .max(Comparator.naturalOrder())
                .filter(latest -> !now.isAfter(latest))
                .map(latest -> latest.plusMillis(1))
                .orElse(now);
    }

    private Apprentice withActiveProgramme(Programme active, List<Circumstance> newCircumstances, Instant now) {
        List<Programme> changed = programmes.stream()
                .map(programme -> programme.status() == ProgrammeStatus.ACTIVE ? active : programme)
                .toList();
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, employerContact, tutor,
                registeredStatus, changed, newCircumstances, epaoActions, now);
    }
}
