package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.InvalidValueException;

/** Field-by-field checks of what is entered for a learner, before any record is looked up. */
class LearnerInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final String PROGRAMME = "6f1c3b0e-8a7d-4c1e-9b2a-3d4e5f607182";

    private static LearnerDetailsInput ann() {
        return new LearnerDetailsInput("1000000043", "Ann", "Smith", LocalDate.of(2005, 4, 1), "F", 31,
                "ann@example.com", null, null, null, null, null, null);
    }

    @Test
    void validDetailsParseTrimmed() {
        LearnerDetailsInput input = new LearnerDetailsInput(" 1000000043", " Ann ", "Smith", LocalDate.of(2005, 4, 1),
                "F", 31, "ann@example.com", " AB 12 ", null, PROGRAMME, null, null, " A123456 ");
        FieldChecks checks = new FieldChecks();

        LearnerDetailsInput.Parsed parsed = input.parse(checks, TODAY);

        assertThat(checks.hasErrors()).isFalse();
        assertThat(parsed.personal()).isEqualTo(new PersonalDetails(Uln.of("1000000043"), "Ann", "Smith",
                LocalDate.of(2005, 4, 1), Sex.F, Ethnicity.WHITE_BRITISH, "ann@example.com"));
        assertThat(parsed.learnRefNumber()).isEqualTo(new LearnRefNumber("AB 12"));
        assertThat(parsed.links().managerId().toString()).isEqualTo(PROGRAMME);
        assertThat(parsed.agreemId()).isEqualTo(new AgreemId("A123456"));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        LearnerDetailsInput input = new LearnerDetailsInput("1000000042", "Ann2", "", TODAY, "X", 30, "ann",
                "too-long-reference", "nope", "1", "", "x", "A-123");

        assertThat(errors(checks -> input.parse(checks, TODAY))).containsOnlyKeys("uln", "givenNames", "familyName",
                "dateOfBirth", "sex", "ethnicity", "email", "learnRefNumber", "caseOwnerId", "managerId",
                "employerAddressId", "agreemId");
    }

    @Test
    void missingRequiredFieldsAreReported() {
        LearnerDetailsInput input = new LearnerDetailsInput(null, null, null, null, null, null, null, null, null,
                null, null, null, null);

        assertThat(errors(checks -> input.parse(checks, TODAY))).containsOnlyKeys("uln", "givenNames", "familyName",
                "dateOfBirth", "sex", "ethnicity", "email").containsValue("is required");
    }

    @Test
    void theDateOfBirthIsInThePastAndLessThan115YearsAgo() {
        assertThat(errors(checks -> withBirth(TODAY.plusDays(1)).parse(checks, TODAY)))
                .containsEntry("dateOfBirth", "must be a date in the past");
        assertThat(errors(checks -> withBirth(TODAY.minusYears(115)).parse(checks, TODAY)))
                .containsKey("dateOfBirth");
        assertThat(errors(checks -> withBirth(TODAY.minusYears(115).plusDays(1)).parse(checks, TODAY))).isEmpty();
    }

    @Test
    void DateOfBirth_48_aLearnerIsAtLeast15OnTheProgrammeStart() {
        LocalDate born = LocalDate.of(2010, 9, 1);

        assertThat(errors(checks -> PersonalDetails.checkAgeAtStart(checks, "dateOfBirth", born,
                LocalDate.of(2025, 8, 31)))).containsKey("dateOfBirth");
        assertThat(errors(checks -> PersonalDetails.checkAgeAtStart(checks, "dateOfBirth", born,
                LocalDate.of(2025, 9, 1)))).isEmpty();
    }

    @Test
    void theLearnRefNumberFollowsTheIlrPattern() {
        assertThat(LearnRefNumber.of(" A1 b2 ").value()).isEqualTo("A1 b2");
        assertThat(LearnRefNumber.of("123456789012").value()).hasSize(12);
        for (String bad : new String[] {"1234567890123", "AB-1", "Ann_1", "", "é1"}) {
            assertThatThrownBy(() -> LearnRefNumber.of(bad)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void generatedLearnRefNumbersAreLsAndTenBase36Characters() {
        SplittableRandom random = new SplittableRandom(7);

        for (int i = 0; i < 100; i++) {
            assertThat(LearnRefNumber.generate(random).value()).matches("LS[0-9A-Z]{10}");
        }
    }

    @Test
    void theEnrolmentIsCheckedFieldByFieldUnderItsPrefix() {
        ProgrammeInput input = new ProgrammeInput("not-an-id", " ", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 1), 25, "EPA1", new OffTheJobHours(10_000, -1,
                new OffTheJobHours.PriorLearning(null, 1_000_000, null)));

        assertThat(errors(checks -> input.parse(checks, "programme."))).containsOnlyKeys("programme.programmeId",
                "programme.plannedEndDate", "programme.epaPeriodMonths", "programme.epaoId",
                "programme.offTheJobHours.planned", "programme.offTheJobHours.actual",
                "programme.offTheJobHours.priorLearning.hours", "programme.offTheJobHours.priorLearning.priceReduction",
                "programme.offTheJobHours.priorLearning.priceReductionDate");
    }

    @Test
    void aValidEnrolmentParsesWithoutAnEpaoWhenNoneIsGiven() {
        ProgrammeInput input = new ProgrammeInput(PROGRAMME, " Core ", LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 3, 1), 24, null, null);
        FieldChecks checks = new FieldChecks();

        Enrolment enrolment = input.parse(checks, "");

        assertThat(checks.hasErrors()).isFalse();
        assertThat(enrolment.option()).isEqualTo("Core");
        assertThat(enrolment.epaoId()).isNull();
        assertThat(enrolment.offTheJob()).isEqualTo(OffTheJobHours.NONE);
        assertThat(errors(c -> new ProgrammeInput(PROGRAMME, null, null, null, 0, "epa0001", null).parse(c, "")))
                .containsOnlyKeys("startDate", "plannedEndDate", "epaPeriodMonths");
    }

    @Test
    void onlyConnectedOrManualRegistrationsCanBeAskedFor() {
        assertThat(RegistrationMode.requested("MANUAL")).isEqualTo(RegistrationMode.MANUAL);
        assertThat(RegistrationMode.requested("CONNECTED")).isEqualTo(RegistrationMode.CONNECTED);
        assertThatThrownBy(() -> RegistrationMode.requested("NONE")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RegistrationMode.requested("manual")).isInstanceOf(InvalidValueException.class);
    }

    private static LearnerDetailsInput withBirth(LocalDate dateOfBirth) {
        LearnerDetailsInput ann = ann();
        return new LearnerDetailsInput(ann.uln(), ann.givenNames(), ann.familyName(), dateOfBirth, ann.sex(),
                ann.ethnicity(), ann.email(), null, null, null, null, null, null);
    }

    private static Map<String, String> errors(Consumer<FieldChecks> check) {
        FieldChecks checks = new FieldChecks();
        check.accept(checks);
        try {
            checks.throwIfAny();
            return Map.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
        }
    }
}
