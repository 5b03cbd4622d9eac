package uk.learnersync.epaplatform.apprentices;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.epaplatform.apprentices.internal.ApprenticeStore;
import uk.learnersync.epaplatform.organisations.Connection;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.validation.NotFoundException;

/**
 * Registering and changing apprentices, through a provider's connection or by the EPAO's staff, and
 * reading them. Every accepted change is kept in the apprentice's history with the body as sent
 * and the record as it is after it, which the connection's change feed serves.
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
                connection.epaoId(), connection.providerUkprn(), registration, PlatformCalendar.now());
        requireNoDuplicate(null, apprentice);
        store.insert(apprentice);
        store.recordChange(apprentice, ChangeKind.REGISTER, requestBody, record(apprentice));
        return apprentice;
    }

    @Transactional
    public Apprentice changeLearner(Connection connection, ApprenticeId id, LearnerDetails learner,
                                    String requestBody) {
        return byProvider(connection, id, ChangeKind.UPDATE_LEARNER, requestBody,
                apprentice -> apprentice.withLearner(learner, PlatformCalendar.now()));
    }

    @Transactional
    public Apprentice changeEmployer(Connection connection, ApprenticeId id, Employer employer, String requestBody) {
        return byProvider(connection, id, ChangeKind.UPDATE_EMPLOYER, requestBody,
                apprentice -> apprentice.withEmployer(employer, PlatformCalendar.now()));
    }

    /** Replaces the employer contact; {@code null} removes it. */
    @Transactional
    public Apprentice changeEmployerContact(Connection connection, ApprenticeId id, Contact contact,
                                            String requestBody) {
        return byProvider(connection, id, ChangeKind.UPDATE_EMPLOYER_CONTACT, requestBody,
                apprentice -> apprentice.withEmployerContact(contact, PlatformCalendar.now()));
    }

    /** Replaces the tutor; {@code null} removes it. */
    @Transactional
    public Apprentice changeTutor(Connection connection, ApprenticeId id, Contact tutor, String requestBody) {
        return byProvider(connection, id, ChangeKind.UPDATE_TUTOR, requestBody,
                apprentice -> apprentice.withTutor(tutor, PlatformCalendar.now()));
    }

    @Transactional
    public Apprentice changeProgrammeDates(Connection connection, ApprenticeId id, LocalDate startDate,
                                           LocalDate plannedEndDate, String requestBody) {
        return byProvider(connection, id, ChangeKind.UPDATE_PROGRAMME_DATES, requestBody,
                apprentice -> apprentice.withProgrammeDates(startDate, plannedEndDate, PlatformCalendar.now()));
    }

    @Transactional
    public Apprentice amendProgramme(Connection connection, ApprenticeId id, Programme amended, String requestBody) {
        return byProvider(connection, id, ChangeKind.AMEND_PROGRAMME, requestBody,
                apprentice -> apprentice.amendProgramme(amended, PlatformCalendar.now()));
    }

    @Transactional
    public Apprentice changeProgramme(Connection connection, ApprenticeId id, LocalDate effectiveDate, Programme next,
                                      String requestBody) {
        return byProvider(connection, id, ChangeKind.CHANGE_PROGRAMME, requestBody,
                apprentice -> apprentice.changeProgramme(effectiveDate, next, PlatformCalendar.now()));
    }

    /** Records a change of circumstance, stamped with the platform's clock; it takes effect on its date. */
    @Transactional
    public Apprentice recordCircumstance(Connection connection, ApprenticeId id, CircumstanceType type,
                                         LocalDate effectiveDate, Map<String, Object> detail,
                                         String requestBody) {
        return byProvider(connection, id, ChangeKind.RECORD_CIRCUMSTANCE, requestBody,
                apprentice -> apprentice.record(type, effectiveDate, detail, PlatformCalendar.now()));
    }

    @Transactional(readOnly = true)
    public Apprentice get(Connection connection, ApprenticeId id) {
        return store.find(connection.id(), id).orElseThrow(() -> new NotFoundException("Apprentice", id));
    }

    /** One page of the connection's apprentices in ID order, after {@code after} ({@code null}: from the first). */
    @Transactional(readOnly = true)
    public List<Apprentice> page(Connection connection, ApprenticeId after, int limit) {
        return store.pageOfConnection(connection.id(), after, limit);
    }

    /** The connection's changes after {@code cursor} (0: from the start), oldest first. */
    @Transactional(readOnly = true)
    public List<Change> changes(Connection connection, long cursor, int limit) {
        return store.changes(connection.id(), cursor, limit);
    }

    @Transactional
    public Apprentice confirmGateway(EpaoId epaoId, ApprenticeId id, LocalDate gatewayDate, String requestBody) {
        return byEpao(epaoId, id, ChangeKind.GATEWAY_CONFIRMED, requestBody, apprentice -> apprentice
                .confirmGateway(gatewayDate, PlatformCalendar.today(), PlatformCalendar.now()));
    }

    @Transactional
    public Apprentice recordResult(EpaoId epaoId, ApprenticeId id, Grade grade, LocalDate assessmentDate,
                                   String requestBody) {
        return byEpao(epaoId, id, ChangeKind.RESULT_RECORDED, requestBody, apprentice -> apprentice
                .recordResult(grade, assessmentDate, PlatformCalendar.today(), PlatformCalendar.now()));
    }

    @Transactional
    public Apprentice certify(EpaoId epaoId, ApprenticeId id, String requestBody) {
        return byEpao(epaoId, id, ChangeKind.CERTIFIED, requestBody,
                apprentice -> apprentice.certify(PlatformCalendar.today(), PlatformCalendar.now()));
    }

    @Transactional
    public Apprentice withdrawByEpao(EpaoId epaoId, ApprenticeId id, String reason, String requestBody) {
        return byEpao(epaoId, id, ChangeKind.WITHDRAWN_BY_EPAO, requestBody,
                apprentice -> apprentice.withdrawByEpao(reason, PlatformCalendar.today(), PlatformCalendar.now()));
    }

    @Transactional
    public Apprentice backIntoLearning(EpaoId epaoId, ApprenticeId id, String reason, String requestBody) {
        return byEpao(epaoId, id, ChangeKind.BACK_INTO_LEARNING, requestBody, apprentice -> apprentice
                .backIntoLearning(reason, PlatformCalendar.today(), PlatformCalendar.now()));
    }

    /** The EPAO's staff edit the personal details: {@code edit} gives the new ones from the current ones. */
    @Transactional
    public Apprentice editOnPlatform(EpaoId epaoId, ApprenticeId id, UnaryOperator<LearnerDetails> edit,
                                     String requestBody) {
        return byEpao(epaoId, id, ChangeKind.EDITED_ON_PLATFORM, requestBody,
                apprentice -> apprentice.editedOnPlatform(edit.apply(apprentice.learner()), PlatformCalendar.now()));
    }

    @Transactional(readOnly = true)
    public List<Apprentice> listAtOrganisation(EpaoId epaoId, Uln uln) {
        return store.listAtOrganisation(epaoId, uln);
    }

    /** One page of the organisation's apprentices, most recently changed first. */
    @Transactional(readOnly = true)
    public List<Apprentice> pageAtOrganisation(EpaoId epaoId, int offset, int limit) {
        return store.pageAtOrganisation(epaoId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countAtOrganisation(EpaoId epaoId) {
        return store.countAtOrganisation(epaoId);
    }

    @Transactional(readOnly = true)
    public Apprentice getAtOrganisation(EpaoId epaoId, ApprenticeId id) {
        return store.findAtOrganisation(epaoId, id).orElseThrow(() -> new NotFoundException("Apprentice", id));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(EpaoId epaoId, ApprenticeId id) {
        return store.history(getAtOrganisation(epaoId, id).id());
    }

    private Apprentice byProvider(Connection connection, ApprenticeId id, ChangeKind kind, String requestBody,
                                  UnaryOperator<Apprentice> change) {
        Apprentice before = store.findForUpdate(connection.id(), id)
                .orElseThrow(() -> new NotFoundException("Apprentice", id));
        return save(before, change.apply(before), kind, requestBody);
    }

    private Apprentice byEpao(EpaoId epaoId, ApprenticeId id, ChangeKind kind, String requestBody,
                              UnaryOperator<Apprentice> change) {
        Apprentice before = store.findForUpdateAtOrganisation(epaoId, id)
                .orElseThrow(() -> new NotFoundException("Apprentice", id));
        return save(before, change.apply(before), kind, requestBody);
    }

    private Apprentice save(Apprentice before, Apprentice after, ChangeKind kind, String requestBody) {
        requireNoDuplicate(before, after);
        store.update(after);
        store.recordChange(after, kind, requestBody, record(after));
        return after;
    }

    /**
     * Refuses a second live record for the same ULN and standard at one organisation, whichever
     * provider holds the first. Only a change of ULN or standard can make one.
     */
    private void requireNoDuplicate(Apprentice before, Apprentice after) {
        Uln uln = after.learner().uln();
        String standard = after.activeProgramme().standardReference();
        LocalDate today = PlatformCalendar.today();
        boolean keyChanged = before == null || !before.learner().uln().equals(uln)
                || !before.activeProgramme().standardReference().equals(standard);
        if (!keyChanged || !after.status(today).isLive()) {
            return;
        }
        store.lockUln(after.epaoId(), uln);
        boolean duplicate = store.listAtOrganisation(after.epaoId(), uln).stream()
                .filter(other -> !other.id().equals(after.id()))
                .anyMatch(other -> other.status(today).isLive()
                        && Objects.equals(other.activeProgramme().standardReference(), standard));
        if (duplicate) {
            throw new Refusal(RefusalCode.DUPLICATE_RECORD, "Organisation " + after.epaoId()
                    + " already holds a live record for ULN " + uln + " on standard " + standard);
        }
    }

    private static ApprenticeRecord record(Apprentice apprentice) {
        return ApprenticeRecord.of(apprentice, PlatformCalendar.today());
    }
}
