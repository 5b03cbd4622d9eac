package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.organisations.ConnectionId;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Ukprn;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.InvalidInputException;

class ApprenticeTest {

    private static final Instant NOW = Instant.parse("2026-01-20T10:00:00Z");

    private final Apprentice registered = Apprentice.register(new ApprenticeId(UUID.randomUUID()),
            new ConnectionId(UUID.randomUUID()), new EpaoId("EPA0001"), new Ukprn("10000001"), new Registration(
                    new LearnerDetails("1000000043", "Ada", "Lovelace", LocalDate.of(2004, 12, 10), "F", 31, null),
                    new Employer("Acme", new Address("1 High Street", null, null, "London", "SW1A 1AA")), null, null,
                    programme("ST0116", "2025-09-01", "2027-03-31"), ApprenticeStatus.ON_PROGRAMME), NOW);

    @Test
    void aRegistrationIsOnProgrammeWithOneActiveProgramme() {
        assertThat(registered.status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
        assertThat(registered.programmes()).singleElement()
                .satisfies(programme -> assertThat(programme.status()).isEqualTo(ProgrammeStatus.ACTIVE));
    }

    @Test
    void eachCircumstanceLeavesItsStatus() {
        assertThat(record(registered, CircumstanceType.BREAK_IN_LEARNING, Map.of()).status())
                .isEqualTo(ApprenticeStatus.SUSPENDED);
        assertThat(record(registered, CircumstanceType.WITHDRAWAL, Map.of()).status())
                .isEqualTo(ApprenticeStatus.WITHDRAWN);
        assertThat(record(registered, CircumstanceType.TRANSFER_TO_ANOTHER_EPAO, Map.of()).status())
                .isEqualTo(ApprenticeStatus.WITHDRAWN);
        assertThat(record(registered, CircumstanceType.CANCELLATION, Map.of()).status())
                .isEqualTo(ApprenticeStatus.CANCELLED);
        Apprentice suspended = record(registered, CircumstanceType.BREAK_IN_LEARNING, Map.of());
        assertThat(record(suspended, CircumstanceType.CHANGE_OF_PROGRAMME, Map.of()).status())
                .isEqualTo(ApprenticeStatus.SUSPENDED);
    }

    @Test
    void aReturnToLearningMovesTheActiveProgrammesPlannedEndDate() {
        Apprentice suspended = record(registered, CircumstanceType.BREAK_IN_LEARNING, Map.of());

        Apprentice back = record(suspended, CircumstanceType.RETURN_TO_LEARNING, Map.of("plannedEndDate", "2027-08-31"));

        assertThat(back.status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
        assertThat(back.activeProgramme().plannedEndDate()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(back.circumstances()).hasSize(2);
        assertThatThrownBy(() -> record(suspended, CircumstanceType.RETURN_TO_LEARNING,
                Map.of("plannedEndDate", "2025-01-01"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aProgrammeChangeStopsTheOldAndStartsTheNew() {
        Apprentice changed = registered.changeProgramme(programme("ST0457", "2026-02-01", "2027-12-31"), NOW);

        assertThat(changed.programmes()).extracting(Programme::standardReference, Programme::status).containsExactly(
                tuple("ST0116", ProgrammeStatus.STOPPED),
                tuple("ST0457", ProgrammeStatus.ACTIVE));
        assertThat(changed.activeProgramme().standardReference()).isEqualTo("ST0457");
    }

    @Test
    void aCancelledRecordTakesNoChange() {
        Apprentice cancelled = record(registered, CircumstanceType.CANCELLATION, Map.of());

        assertThatThrownBy(() -> cancelled.withTutor(null, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> record(cancelled, CircumstanceType.RETURN_TO_LEARNING,
                Map.of("plannedEndDate", "2027-08-31"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.changeProgramme(programme("ST0457", "2026-02-01", "2027-12-31"), NOW))
                .isInstanceOf(ConflictException.class);
    }

    private static Apprentice record(Apprentice apprentice, CircumstanceType type, Map<String, Object> detail) {
        return apprentice.record(new Circumstance(type, LocalDate.of(2026, 1, 15), NOW, detail));
    }

    private static Programme programme(String reference, String start, String plannedEnd) {
        return new Programme(2, reference, "1.0", null, LocalDate.parse(start), LocalDate.parse(plannedEnd),
                ProgrammeStatus.ACTIVE);
    }
}
