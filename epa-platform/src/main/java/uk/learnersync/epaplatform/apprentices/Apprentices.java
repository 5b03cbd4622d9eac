package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.epaplatform.apprentices.internal.ApprenticeStore;
import uk.learnersync.epaplatform.organisations.Connection;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.validation.NotFoundException;

/**
 * Registering and changing apprentices through a connection, and reading them for the operator.
 * Every accepted write is kept in the apprentice's history with the body the connection sent.
 */
@Service
public class Apprentices {

    private final ApprenticeStore store;

    Apprentices(ApprenticeStore store) {
        this.store = store;
    }

    @Transactional
    public Apprentice register(Connection connection, Registration registration, String requestBody) {
        Apprentice apprentice = Apprentice.register(new ApprenticeId(UUID.randomUUID()), connection.id(),
                connection.epaoId(), connection.providerUkprn(), registration, now());
        store.insert(apprentice);
        store.recordHistory(apprentice.id(), connection.id(), Call.REGISTER, requestBody, apprentice.updatedAt());
        return apprentice;
    }

    @Transactional
    public Apprentice changeLearner(Connection connection, ApprenticeId id, LearnerDetails learner,
                                    String requestBody) {
        return change(connection, id, Call.UPDATE_LEARNER, requestBody,
                apprentice -> apprentice.withLearner(learner, now()));
    }

    @Transactional
    public Apprentice changeEmployer(Connection connection, ApprenticeId id, Employer employer, String requestBody) {
        return change(connection, id, Call.UPDATE_EMPLOYER, requestBody,
                apprentice -> apprentice.withEmployer(employer, now()));
    }

    /** Replaces the employer contact; {@code null} removes it. */
    @Transactional
    public Apprentice changeEmployerContact(Connection connection, ApprenticeId id, Contact contact,
                                            String requestBody) {
        return change(connection, id, Call.UPDATE_EMPLOYER_CONTACT, requestBody,
                apprentice -> apprentice.withEmployerContact(contact, now()));
    }

    /** Replaces the tutor; {@code null} removes it. */
    @Transactional
    public Apprentice changeTutor(Connection connection, ApprenticeId id, Contact tutor, String requestBody) {
        return change(connection, id, Call.UPDATE_TUTOR, requestBody, apprentice -> apprentice.withTutor(tutor, now()));
    }

    @Transactional
    public Apprentice changeProgrammeDates(Connection connection, ApprenticeId id, LocalDate startDate,
                                           LocalDate plannedEndDate, String requestBody) {
        return change(connection, id, Call.UPDATE_PROGRAMME_DATES, requestBody,
                apprentice -> apprentice.withProgrammeDates(startDate, plannedEndDate, now()));
    }

    @Transactional
    public Apprentice amendProgramme(Connection connection, ApprenticeId id, Programme amended, String requestBody) {
        return change(connection, id, Call.AMEND_PROGRAMME, requestBody,
                apprentice -> apprentice.amendProgramme(amended, now()));
    }

    @Transactional
    public Apprentice changeProgramme(Connection connection, ApprenticeId id, Programme next, String requestBody) {
        return change(connection, id, Call.CHANGE_PROGRAMME, requestBody,
                apprentice -> apprentice.changeProgramme(next, now()));
    }

    /** Records a change of circumstance, stamped with the platform's clock, and applies its status. */
    @Transactional
    public Apprentice recordCircumstance(Connection connection, ApprenticeId id, CircumstanceType type,
                                         LocalDate effectiveDate, Map<String, Object> detail,
                                         String requestBody) {
        return change(connection, id, Call.RECORD_CIRCUMSTANCE, requestBody,
                apprentice -> apprentice.record(new Circumstance(type, effectiveDate, now(), detail)));
    }

    @Transactional(readOnly = true)
    public Apprentice get(Connection connection, ApprenticeId id) {
        return store.find(connection.id(), id).orElseThrow(() -> new NotFoundException("Apprentice", id));
    }

    @Transactional(readOnly = true)
    public List<Apprentice> listAtOrganisation(EpaoId epaoId, String uln) {
        return store.listAtOrganisation(epaoId, uln);
    }

    @Transactional(readOnly = true)
    public Apprentice getAtOrganisation(EpaoId epaoId, ApprenticeId id) {
        return store.findAtOrganisation(epaoId, id).orElseThrow(() -> new NotFoundException("Apprentice", id));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(EpaoId epaoId, ApprenticeId id) {
        return store.history(getAtOrganisation(epaoId, id).id());
    }

    private Apprentice change(Connection connection, ApprenticeId id, Call call, String requestBody,
                              UnaryOperator<Apprentice> change) {
        Apprentice before = store.findForUpdate(connection.id(), id)
                .orElseThrow(() -> new NotFoundException("Apprentice", id));
        Apprentice after = change.apply(before);
        store.update(after);
        store.recordHistory(id, connection.id(), call, requestBody, after.updatedAt());
        return after;
    }

    /** Milliseconds are what the database keeps and what the answers show, so both agree. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
