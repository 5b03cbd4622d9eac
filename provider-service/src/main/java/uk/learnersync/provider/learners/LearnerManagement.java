package uk.learnersync.provider.learners;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.Employers;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.epa.Epaos;
import uk.learnersync.provider.learners.internal.LearnerStore;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.programmes.Programmes;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwners;

/**
 * Creating, changing and registering learners, for the API and the web pages alike. Every change
 * locks the learner's row, is audited, and publishes inside its transaction a {@link LearnerChanged}
 * with the record before and after, from which the sync engine plans what the EPA platforms are told.
 * Changes of circumstance go through {@link CircumstanceManagement}.
 */
@Service
public class LearnerManagement {

    private static final String AUDITED_AS = "learner";

    private final LearnerStore store;
    private final CaseOwners caseOwners;
    private final Employers employers;
    private final Programmes programmes;
    private final Epaos epaos;
    private final EpaConnections connections;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    LearnerManagement(LearnerStore store, CaseOwners caseOwners, Employers employers, Programmes programmes,
                   Epaos epaos, EpaConnections connections, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.caseOwners = caseOwners;
        this.employers = employers;
        this.programmes = programmes;
        this.epaos = epaos;
        this.connections = connections;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Creates a learner, not registered with any EPAO yet, on programme (ACTIVE). Without a
     * {@code learnRefNumber} one is generated; a reference another learner has is a conflict.
     */
    @Transactional
    public Learner create(ProviderId providerId, LearnerDetailsInput details, ProgrammeInput programme,
                          ChangeOrigin origin) {
        Checked checked = check(providerId, details, programme, directLookups());
        LearnerId id = new LearnerId(UUID.randomUUID());
        String reference = checked.parsed().learnRefNumber() == null
                ? unusedReference(providerId, id)
                : claim(providerId, checked.parsed().learnRefNumber().value(), id);
        Learner learner = checked.enrol(id, providerId, reference);
        try {
            store.insert(learner);
        } catch (DuplicateKeyException e) {
            throw referenceTaken(reference);
        }
        audit.record(providerId, AUDITED_AS, id.value(), origin, null, learner);
        return learner;
    }

    /**
     * Learners to create many at a time, for a file's import: each is checked as {@link #create} checks it
     * when added, and all are written at {@link Creations#flush} in JDBC batches (learners, then their
     * audit rows) instead of a few round trips each. The employers, programmes and EPAOs the checks look
     * up are read once per {@code Creations}, which is meant to last one transaction.
     */
    public Creations creations(ProviderId providerId, ChangeOrigin origin) {
        return new Creations(providerId, origin);
    }

    /** The learnRefNumbers of {@code references} that learners of the provider have. */
    @Transactional(readOnly = true)
    public Set<String> learnRefNumbersTaken(ProviderId providerId, Collection<String> references) {
        return store.learnRefNumbersTaken(providerId, references);
    }

    /** See {@link #creations}. */
    public final class Creations {

        private final ProviderId providerId;
        private final ChangeOrigin origin;
        private final Lookups lookups = memoized(directLookups());
        private final Map<String, Learner> pending = new LinkedHashMap<>();

        private Creations(ProviderId providerId, ChangeOrigin origin) {
            this.providerId = providerId;
            this.origin = origin;
        }

        /**
         * Checks a new learner as {@link #create} does, with its {@code learnRefNumber} required, and keeps it
         * to be written; the learner as it will be. A reference added before and not yet written is a conflict.
         */
        public Learner add(LearnerDetailsInput details, ProgrammeInput programme) {
            Checked checked = check(providerId, details, programme, lookups);
            if (checked.parsed().learnRefNumber() == null) {
                throw InvalidInputException.of("learnRefNumber", "is required");
            }
            String reference = checked.parsed().learnRefNumber().value();
            if (pending.containsKey(reference)) {
                throw referenceTaken(reference);
            }
            Learner learner = checked.enrol(new LearnerId(UUID.randomUUID()), providerId, reference);
            pending.put(reference, learner);
            return learner;
        }

        /** Whether a learner with that reference was added and is not yet written. */
        public boolean pending(String learnRefNumber) {
            return pending.containsKey(learnRefNumber);
        }

        /**
         * Writes the learners added since the last flush, with their audit rows, in the caller's transaction.
         * One whose reference another learner took meanwhile is not written: its conflict is returned, by
         * reference, as {@link #create}'s would be.
         */
        public Map<String, ConflictException> flush() {
            if (pending.isEmpty()) {
                return Map.of();
            }
            Map<String, ConflictException> refused = new HashMap<>();
            for (String taken : store.learnRefNumbersTaken(providerId, pending.keySet())) {
                refused.put(taken, referenceTaken(taken));
                pending.remove(taken);
            }
            List<Learner> learners = List.copyOf(pending.values());
            pending.clear();
            store.insertAll(learners);
            audit.recordAll(providerId, AUDITED_AS, origin, learners.stream()
                    .map(learner -> new AuditTrail.Change(learner.id().value(), null, learner)).toList());
            return refused;
        }
    }

    /** A new learner's details and enrolment, checked, before it has an ID and a reference. */
    private record Checked(LearnerDetailsInput.Parsed parsed, Enrolment enrolment) {

        Learner enrol(LearnerId id, ProviderId providerId, String reference) {
            return Learner.enrol(id, providerId, reference, parsed.personal(), parsed.links(), enrolment)
                    .withAgreemId(parsed.agreemId());
        }
    }

    private Checked check(ProviderId providerId, LearnerDetailsInput details, ProgrammeInput programme,
                          Lookups lookups) {
        FieldChecks checks = new FieldChecks();
        LearnerDetailsInput.Parsed parsed = details.parse(checks, LocalDate.now());
        checkLinks(checks, providerId, parsed.links(), lookups);
        Enrolment enrolment = null;
        if (programme == null) {
            checks.reject("programme", "is required");
        } else {
            enrolment = resolve(checks, providerId, programme.parse(checks, "programme."), EpaRegistration.NONE,
                    "programme.", lookups);
            PersonalDetails.checkAgeAtStart(checks, "dateOfBirth", parsed.personal().dateOfBirth(),
                    enrolment.startDate());
        }
        checks.throwIfAny();
        return new Checked(parsed, enrolment);
    }

    /** What the checks of a learner read of the provider's other records. */
    private interface Lookups {

        Optional<Employer> employer(ProviderId providerId, EmployerId id);

        Optional<EpaoId> epao(ProviderId providerId, EpaoId id);

        Optional<Programme> programme(ProviderId providerId, ProgrammeId id);
    }

    private Lookups directLookups() {
        return new Lookups() {

            @Override
            public Optional<Employer> employer(ProviderId providerId, EmployerId id) {
                return employers.find(providerId, id);
            }

            @Override
            public Optional<EpaoId> epao(ProviderId providerId, EpaoId id) {
                return epaos.resolve(providerId, id);
            }

            @Override
            public Optional<Programme> programme(ProviderId providerId, ProgrammeId id) {
                return programmes.find(providerId, id);
            }
        };
    }

    /** Each answer read once: a file's learners share a few employers, programmes and EPAOs. */
    private static Lookups memoized(Lookups direct) {
        Map<EmployerId, Optional<Employer>> employers = new HashMap<>();
        Map<EpaoId, Optional<EpaoId>> epaos = new HashMap<>();
        Map<ProgrammeId, Optional<Programme>> programmes = new HashMap<>();
        return new Lookups() {

            @Override
            public Optional<Employer> employer(ProviderId providerId, EmployerId id) {
                return employers.computeIfAbsent(id, key -> direct.employer(providerId, key));
            }

            @Override
            public Optional<EpaoId> epao(ProviderId providerId, EpaoId id) {
                return epaos.computeIfAbsent(id, key -> direct.epao(providerId, key));
            }

            @Override
            public Optional<Programme> programme(ProviderId providerId, ProgrammeId id) {
                return programmes.computeIfAbsent(id, key -> direct.programme(providerId, key));
            }
        };
    }

    /**
     * Changes the learner's personal details, reference and links. {@code change} turns the current
     * details into the new ones; it runs under the learner's lock, so a concurrent change is never lost.
     */
    @Transactional
    public Learner changeDetails(ProviderId providerId, LearnerId id, UnaryOperator<LearnerDetailsInput> change,
                                 ChangeOrigin origin) {
        return changeDetails(providerId, id, ExpectedVersion.ANY, change, origin);
    }

    /** {@link #changeDetails}, refused, nothing changed, unless the learner is at an {@code expected} version. */
    @Transactional
    public Learner changeDetails(ProviderId providerId, LearnerId id, ExpectedVersion expected,
                                 UnaryOperator<LearnerDetailsInput> change, ChangeOrigin origin) {
        Learner before = lock(providerId, id);
        expected.check(AUDITED_AS, before);
        LearnerDetailsInput input = change.apply(LearnerDetailsInput.of(before));
        FieldChecks checks = new FieldChecks();
        LearnerDetailsInput.Parsed parsed = input.parse(checks, LocalDate.now());
        if (input.learnRefNumber() == null || input.learnRefNumber().isBlank()) {
            checks.reject("learnRefNumber", "is required");
        }
        checkLinks(checks, providerId, parsed.links());
        checkWorkplaceKept(checks, before, parsed.links());
        PersonalDetails.checkAgeAtStart(checks, "dateOfBirth", parsed.personal().dateOfBirth(),
                before.enrolment().startDate());
        checks.throwIfAny();

        String reference = parsed.learnRefNumber().value();
        if (!reference.equals(before.learnRefNumber())) {
            claim(providerId, reference, id);
        }
        return save(before, before.withDetails(reference, parsed.personal(), parsed.links())
                .withAgreemId(parsed.agreemId()), origin);
    }

    /** The Edit Programme Details service: the programme dates (PG-1, PG-2) and the EPA period (PG-3). */
    @Transactional
    public Learner editProgrammeDetails(ProviderId providerId, LearnerId id, LocalDate startDate,
                                        LocalDate plannedEndDate, Integer epaPeriodMonths, ChangeOrigin origin) {
        return changeEnrolment(providerId, id, current -> new ProgrammeInput(current.programmeId(), current.option(),
                startDate, plannedEndDate, epaPeriodMonths, current.epaoId(), current.offTheJobHours()), origin);
    }

    /**
     * Moves the learner to another programme, option (specialism) or EPAO; a {@code null} EPAO means
     * the programme's. A registration through a connection follows a new EPAO (PC-1, PC-3: see
     * {@link EpaRegistration#afterMoveTo}); what the EPA platforms are told is the sync policy's.
     */
    @Transactional
    public Learner changeProgramme(ProviderId providerId, LearnerId id, String programmeId, String option,
                                   String epaoId, ChangeOrigin origin) {
        return changeEnrolment(providerId, id, current -> new ProgrammeInput(programmeId, option, current.startDate(),
                current.plannedEndDate(), current.epaPeriodMonths(), epaoId, current.offTheJobHours()), origin);
    }

    /**
     * Changes any part of the enrolment at once: dates and EPA period as {@link #editProgrammeDetails},
     * programme, option and EPAO as {@link #changeProgramme}. {@code change} runs under the learner's lock.
     */
    @Transactional
    public Learner changeEnrolment(ProviderId providerId, LearnerId id, UnaryOperator<ProgrammeInput> change,
                                   ChangeOrigin origin) {
        return changeEnrolment(providerId, id, ExpectedVersion.ANY, change, origin);
    }

    /** {@link #changeEnrolment}, refused, nothing changed, unless the learner is at an {@code expected} version. */
    @Transactional
    public Learner changeEnrolment(ProviderId providerId, LearnerId id, ExpectedVersion expected,
                                   UnaryOperator<ProgrammeInput> change, ChangeOrigin origin) {
        Learner before = lock(providerId, id);
        expected.check(AUDITED_AS, before);
        FieldChecks checks = new FieldChecks();
        Enrolment enrolment = resolve(checks, providerId,
                change.apply(ProgrammeInput.of(before.enrolment())).parse(checks, ""), before.registration(), "");
        PersonalDetails.checkAgeAtStart(checks, "startDate", before.dateOfBirth(), enrolment.startDate());
        checks.throwIfAny();
        EpaRegistration registration = before.registration().afterMoveTo(enrolment.epaoId(),
                Optional.ofNullable(enrolment.epaoId())
                        .flatMap(epaoId -> connections.forEpao(providerId, epaoId))
                        .map(EpaConnection::id),
                false);
        return save(before, before.withEnrolment(enrolment).withRegistration(registration), origin);
    }

    /**
     * The programme's EPAO changed from {@code from} to {@code to}: each of its learners assessed by
     * {@code from} follows, as a change of their own would (PC-1, PC-3); a learner whose EPAO was set
     * for them alone keeps it (CV-5).
     */
    @Transactional
    public void followProgrammeEpao(ProviderId providerId, ProgrammeId programmeId, EpaoId from, EpaoId to,
                                    ChangeOrigin origin) {
        for (LearnerId id : store.onProgrammeAssessedBy(providerId, programmeId, from)) {
            changeEnrolment(providerId, id, current -> new ProgrammeInput(current.programmeId(), current.option(),
                    current.startDate(), current.plannedEndDate(), current.epaPeriodMonths(), to.value(),
                    current.offTheJobHours()), origin);
        }
    }

    /**
     * Registers the learner with its programme's EPAO: through the provider's connection to it
     * (RG-1), or as registered by hand outside this system (RG-2). Once registered through a
     * connection, only a change of programme moves the registration (PC-1, PC-3).
     */
    @Transactional
    public Learner register(ProviderId providerId, LearnerId id, RegistrationMode mode, ChangeOrigin origin) {
        Learner before = lock(providerId, id);
        EpaRegistration current = before.registration();
        if (current.isConnected()) {
            throw new ConflictException("The learner is already registered with " + current.epaoId()
                    + " through the connection " + current.connectionId());
        }
        programmes.find(providerId, before.enrolment().programmeId()).filter(Programme::isApprenticeshipUnit)
                .ifPresent(unit -> {
                    throw new ConflictException("The learner is on an apprenticeship unit (" + unit.unitAimRef()
                            + "), which has no end-point assessment: it is never registered with an assessment "
                            + "organisation (EPAO)");
                });
        EpaoId epaoId = before.enrolment().epaoId();
        if (epaoId == null) {
            throw new ConflictException("The learner's programme has no EPAO to register with: set its epaoId first");
        }
        if (mode == RegistrationMode.CONNECTED && (before.employerId() == null || before.employerAddressId() == null)) {
            // An EPA platform keeps the apprentice's employer and workplace; registering without them would be refused there.
            throw new ConflictException("The learner needs an employer and an employer address before it can be "
                    + "registered through a connection: set employerId and employerAddressId first");
        }
        EpaRegistration registration = switch (mode) {
            case CONNECTED -> connections.forEpao(providerId, epaoId)
                    .map(connection -> new EpaRegistration(RegistrationMode.CONNECTED, epaoId, connection.id(), null))
                    .orElseThrow(() -> new ConflictException("The provider has no connection to " + epaoId
                            + "'s EPA platform: register the learner manually with {\"mode\":\"MANUAL\"}, "
                            + "or add a connection to that EPAO first"));
            case MANUAL -> new EpaRegistration(RegistrationMode.MANUAL, epaoId, null, null);
            case NONE -> throw new IllegalArgumentException("A learner is registered CONNECTED or MANUAL");
        };
        return save(before, before.withRegistration(registration), origin);
    }

    /**
     * What the EPAO's platform now records of the learner's end-point assessment, read back from it
     * (TW-1..TW-3). A new result is published, for an EPA outcome to be proposed to a person (TW-2);
     * nothing in the ILR changes here.
     */
    @Transactional
    public Learner recordEpaProgress(ProviderId providerId, LearnerId id, EpaProgress progress, String epaoId) {
        Learner before = lock(providerId, id);
        if (before.epa().equals(progress)) {
            return before;
        }
        Learner after = before.withEpa(progress);
        after = after.atVersion(store.update(after));
        audit.record(providerId, AUDITED_AS, id.value(), new ChangeOrigin("epa-platform:" + epaoId, Channel.READ_BACK),
                before, after);
        if (progress.newResultSince(before.epa())) {
            events.publishEvent(new EpaResultObserved(providerId, id, epaoId, EpaOutcome.proposedFor(
                    OutGrade.ofGrade(progress.grade()), progress.assessmentDate(), progress.gatewayDate())));
        }
        return after;
    }

    @Transactional(readOnly = true)
    public Learner get(ProviderId providerId, LearnerId id) {
        return store.find(providerId, id).orElseThrow(() -> new NotFoundException("Learner", id));
    }

    @Transactional(readOnly = true)
    public List<Learner> search(ProviderId providerId, LearnerSearch search) {
        return store.search(providerId, search);
    }

    private Learner lock(ProviderId providerId, LearnerId id) {
        return store.findForUpdate(providerId, id).orElseThrow(() -> new NotFoundException("Learner", id));
    }

    /** Writes and audits a change, and tells the sync engine the record before and after; nothing when nothing changed. */
    private Learner save(Learner before, Learner changed, ChangeOrigin origin) {
        if (changed.equals(before)) {
            return before;
        }
        Learner after;
        try {
            after = changed.atVersion(store.update(changed));
        } catch (DuplicateKeyException e) {
            throw referenceTaken(changed.learnRefNumber());
        }
        audit.record(after.providerId(), AUDITED_AS, after.id().value(), origin, before, after);
        // The provider's own reference is never on a platform: a change of it alone is not the sync engine's.
        if (!before.withDetails(changed.learnRefNumber(), before.personalDetails(), before.links()).equals(changed)) {
            events.publishEvent(new LearnerChanged(after.providerId(), after.id(), before, after, null, origin));
        }
        return after;
    }

    /**
     * A learner registered through a connection keeps an employer and an address: the EPA platform
     * holds the apprentice's workplace and refuses a record without one.
     */
    private static void checkWorkplaceKept(FieldChecks checks, Learner before, LearnerLinks links) {
        if (!before.registration().isConnected()) {
            return;
        }
        if (links.employerId() == null) {
            checks.reject("employerId", "cannot be cleared: the learner is registered with "
                    + before.registration().epaoId() + " through a connection, whose platform keeps the workplace");
        } else if (links.employerAddressId() == null) {
            checks.reject("employerAddressId", "cannot be cleared: the learner is registered with "
                    + before.registration().epaoId() + " through a connection, whose platform keeps the workplace");
        }
    }

    private void checkLinks(FieldChecks checks, ProviderId providerId, LearnerLinks links) {
        checkLinks(checks, providerId, links, directLookups());
    }

    private void checkLinks(FieldChecks checks, ProviderId providerId, LearnerLinks links, Lookups lookups) {
        if (links.caseOwnerId() != null && caseOwners.find(providerId, links.caseOwnerId()).isEmpty()) {
            checks.reject("caseOwnerId", "is not one of this provider's case owners");
        }
        Optional<Employer> employer = Optional.ofNullable(links.employerId())
                .flatMap(employerId -> lookups.employer(providerId, employerId));
        if (links.employerId() != null && employer.isEmpty()) {
            checks.reject("employerId", "is not one of this provider's employers");
        }
        if (links.employerAddressId() != null) {
            if (links.employerId() == null) {
                checks.reject("employerAddressId", "needs an employerId: an address is one of an employer's");
            } else if (employer.isPresent() && employer.get().address(links.employerAddressId()).isEmpty()) {
                checks.reject("employerAddressId", "is not an address of that employer");
            }
        }
        if (links.managerId() != null) {
            Optional<Manager> manager = employers.findManager(providerId, links.managerId());
            if (manager.isEmpty()) {
                checks.reject("managerId", "is not one of this provider's managers");
            } else if (links.employerId() != null && !manager.get().employerId().equals(links.employerId())) {
                checks.reject("managerId", "is a manager of another employer");
            }
        }
    }

    /**
     * Checks the enrolment against the programme and the EPAO directory, and fills in the programme's EPAO;
     * a UKPRN the register knows is that organisation, by its register ID. An apprenticeship unit has no
     * end-point assessment: no EPAO, and no learner registered with one moves onto it.
     *
     * @param registration the learner's registration before the change
     */
    Enrolment resolve(FieldChecks checks, ProviderId providerId, Enrolment draft, EpaRegistration registration,
                      String prefix) {
        return resolve(checks, providerId, draft, registration, prefix, directLookups());
    }

    private Enrolment resolve(FieldChecks checks, ProviderId providerId, Enrolment draft,
                              EpaRegistration registration, String prefix, Lookups lookups) {
        EpaoId epaoId = draft.epaoId() == null ? null : lookups.epao(providerId, draft.epaoId()).orElse(null);
        if (draft.epaoId() != null && epaoId == null) {
            checks.reject(prefix + "epaoId", "is not a known assessment organisation (EPAO); add it first with "
                    + "POST /api/v1/epaos");
        }
        if (draft.programmeId() == null) {
            return draft;
        }
        Optional<Programme> programme = lookups.programme(providerId, draft.programmeId());
        if (programme.isEmpty()) {
            checks.reject(prefix + "programmeId", "is not one of this provider's programmes");
            return draft;
        }
        if (programme.get().isApprenticeshipUnit()) {
            if (draft.epaoId() != null) {
                checks.reject(prefix + "epaoId", "must be empty: an apprenticeship unit has no end-point assessment, "
                        + "so no assessment organisation");
            }
            if (registration.mode() != RegistrationMode.NONE) {
                checks.reject(prefix + "programmeId", "is an apprenticeship unit, which has no end-point assessment: "
                        + "a learner registered with an assessment organisation cannot move onto it");
            }
        }
        List<String> options = programme.get().options();
        if (draft.option() != null && !options.contains(draft.option())) {
            checks.reject(prefix + "option", options.isEmpty()
                    ? "must be empty: the programme has no options"
                    : "must be one of the programme's options: " + String.join(", ", options));
        }
        return new Enrolment(draft.programmeId(), draft.option(), draft.startDate(), draft.plannedEndDate(),
                draft.epaPeriodMonths(), epaoId == null ? programme.get().epaoId() : epaoId, draft.offTheJob());
    }

    private String claim(ProviderId providerId, String reference, LearnerId id) {
        if (store.learnRefNumberTaken(providerId, reference, id)) {
            throw referenceTaken(reference);
        }
        return reference;
    }

    private String unusedReference(ProviderId providerId, LearnerId id) {
        String reference;
        do {
            reference = LearnRefNumber.generate(random).value();
        } while (store.learnRefNumberTaken(providerId, reference, id));
        return reference;
    }

    private static ConflictException referenceTaken(String reference) {
        return new ConflictException("Another learner of the provider already has the learnRefNumber " + reference);
    }
}
