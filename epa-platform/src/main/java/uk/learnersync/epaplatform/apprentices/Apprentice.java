package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.learnersync.epaplatform.organisations.ConnectionId;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Ukprn;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.InvalidInputException;

/**
 * An apprentice's record at one organisation, owned by the connection that registered it. Every
 * change gives a new record; a cancelled record takes no more changes.
 */
public record Apprentice(ApprenticeId id, ConnectionId connectionId, EpaoId epaoId, Ukprn providerUkprn,
                         LearnerDetails learner, Employer employer, Contact employerContact, Contact tutor,
                         ApprenticeStatus status, List<Programme> programmes, List<Circumstance> circumstances,
                         Instant updatedAt) {

    public Apprentice {
        programmes = List.copyOf(programmes);
        circumstances = List.copyOf(circumstances);
    }

    static Apprentice register(ApprenticeId id, ConnectionId connectionId, EpaoId epaoId, Ukprn providerUkprn,
                               Registration registration, Instant now) {
        return new Apprentice(id, connectionId, epaoId, providerUkprn, registration.learner(), registration.employer(),
                registration.employerContact(), registration.tutor(), registration.status(),
                List.of(registration.programme().withStatus(ProgrammeStatus.ACTIVE)), List.of(), now);
    }

    /** The programme the apprentice is on now; a registration starts one and a change replaces it. */
    public Programme activeProgramme() {
        return programmes.stream().filter(programme -> programme.status() == ProgrammeStatus.ACTIVE)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Apprentice " + id + " has no active programme"));
    }

    Apprentice withLearner(LearnerDetails newLearner, Instant now) {
        requireChangeable();
        return new Apprentice(id, connectionId, epaoId, providerUkprn, newLearner, employer, employerContact, tutor,
                status, programmes, circumstances, now);
    }

    Apprentice withEmployer(Employer newEmployer, Instant now) {
        requireChangeable();
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, newEmployer, employerContact, tutor,
                status, programmes, circumstances, now);
    }

    Apprentice withEmployerContact(Contact newContact, Instant now) {
        requireChangeable();
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, newContact, tutor,
                status, programmes, circumstances, now);
    }

    Apprentice withTutor(Contact newTutor, Instant now) {
        requireChangeable();
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, employerContact, newTutor,
                status, programmes, circumstances, now);
    }

    Apprentice withProgrammeDates(LocalDate startDate, LocalDate plannedEndDate, Instant now) {
        requireChangeable();
        return withActiveProgramme(activeProgramme().withDates(startDate, plannedEndDate), status, circumstances, now);
    }

    /**
     * Amends the active programme in place, nothing stopped or started: the provider's programme
     * definition changed, for example its standard version (RULES.md CV-5).
     */
    Apprentice amendProgramme(Programme amended, Instant now) {
        requireChangeable();
        return withActiveProgramme(amended.withStatus(ProgrammeStatus.ACTIVE), status, circumstances, now);
    }

    /** Stops the active programme and starts {@code next}, in one step (RULES.md PC-4, PC-5). */
    Apprentice changeProgramme(Programme next, Instant now) {
        requireChangeable();
        List<Programme> changed = new ArrayList<>();
        programmes.forEach(programme -> changed.add(programme.status() == ProgrammeStatus.ACTIVE
                ? programme.withStatus(ProgrammeStatus.STOPPED)
                : programme));
        changed.add(next.withStatus(ProgrammeStatus.ACTIVE));
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, employerContact, tutor,
                status, changed, circumstances, now);
    }

    /**
     * Appends the circumstance and applies the status it leads to; a return to learning also moves
     * the active programme's planned end date to the one it carries.
     */
    Apprentice record(Circumstance circumstance) {
        requireChangeable();
        List<Circumstance> recorded = new ArrayList<>(circumstances);
        recorded.add(circumstance);
        ApprenticeStatus next = circumstance.type().statusAfter(status);
        Programme active = activeProgramme();
        if (circumstance.type() == CircumstanceType.RETURN_TO_LEARNING) {
            LocalDate plannedEndDate = circumstance.plannedEndDate();
            if (!plannedEndDate.isAfter(active.startDate())) {
                throw InvalidInputException.of("detail.plannedEndDate",
                        "must be after the active programme's start date " + active.startDate());
            }
            active = active.withDates(active.startDate(), plannedEndDate);
        }
        return withActiveProgramme(active, next, recorded, circumstance.recordedAt());
    }

    private Apprentice withActiveProgramme(Programme active, ApprenticeStatus newStatus,
                                           List<Circumstance> newCircumstances, Instant now) {
        List<Programme> changed = programmes.stream()
                .map(programme -> programme.status() == ProgrammeStatus.ACTIVE ? active : programme)
                .toList();
        return new Apprentice(id, connectionId, epaoId, providerUkprn, learner, employer, employerContact, tutor,
                newStatus, changed, newCircumstances, now);
    }

    private void requireChangeable() {
        if (status == ApprenticeStatus.CANCELLED) {
            throw new ConflictException("Apprentice " + id + " is cancelled; a cancelled record takes no changes");
        }
    }
}
