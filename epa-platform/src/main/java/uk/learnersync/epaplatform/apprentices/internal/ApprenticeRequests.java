package uk.learnersync.epaplatform.apprentices.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import uk.learnersync.epaplatform.apprentices.Address;
import uk.learnersync.epaplatform.apprentices.ApprenticeStatus;
import uk.learnersync.epaplatform.apprentices.CircumstanceType;
import uk.learnersync.epaplatform.apprentices.Contact;
import uk.learnersync.epaplatform.apprentices.Employer;
import uk.learnersync.epaplatform.apprentices.Grade;
import uk.learnersync.epaplatform.apprentices.LearnerDetails;
import uk.learnersync.epaplatform.apprentices.PlatformCalendar;
import uk.learnersync.epaplatform.apprentices.Programme;
import uk.learnersync.epaplatform.apprentices.RecordValues;
import uk.learnersync.epaplatform.apprentices.Registration;
import uk.learnersync.epaplatform.apprentices.Sex;
import uk.learnersync.epaplatform.apprentices.Uln;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.Text;

/**
 * The bodies of the provider-facing writes. Each {@code parse} reports every bad field into the
 * checks it is given and builds the value only when nothing at all was wrong.
 */
final class ApprenticeRequests {

    private ApprenticeRequests() {
    }

    @Schema(name = "LearnerDetails")
    record LearnerRequest(String uln, String givenNames, String familyName, LocalDate dateOfBirth,
                          @Schema(allowableValues = {"F", "M"}) String sex, Integer ethnicity,
                          @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
                          @Schema(nullable = true, description = "The apprentice's postal address")
                          AddressRequest address) {

        /** The details as a body would carry them: what a merge patch is applied to. */
        static LearnerRequest from(LearnerDetails learner) {
            return new LearnerRequest(learner.uln().value(), learner.givenNames(), learner.familyName(),
                    learner.dateOfBirth(), learner.sex().name(), learner.ethnicity(), learner.email(), learner.phone(),
                    learner.address() == null ? null : AddressRequest.from(learner.address()));
        }

        LearnerDetails parse(FieldChecks checks) {
            Uln checkedUln = checks.required("uln", uln, Uln::of);
            String checkedGivenNames = checks.required("givenNames", givenNames, Text::personName);
            String checkedFamilyName = checks.required("familyName", familyName, Text::personName);
            LocalDate checkedDateOfBirth = checks.required("dateOfBirth", dateOfBirth, RecordValues::dateOfBirth);
            Sex checkedSex = checks.required("sex", sex, RecordValues::sex);
            Integer checkedEthnicity = checks.required("ethnicity", ethnicity, RecordValues::ethnicity);
            String checkedEmail = checks.optional("email", email, Text::email);
            String checkedPhone = checks.optional("phone", phone, Text::phone);
            Address checkedAddress = address == null ? null : address.parse(checks.nested("address"));
            return checks.hasErrors() ? null : new LearnerDetails(checkedUln, checkedGivenNames, checkedFamilyName,
                    checkedDateOfBirth, checkedSex, checkedEthnicity, checkedEmail, checkedPhone, checkedAddress);
        }
    }

    @Schema(name = "Registration", description = "LearnerDetails with the employer, contacts and programme")
    record RegistrationRequest(String uln, String givenNames, String familyName, LocalDate dateOfBirth,
                               @Schema(allowableValues = {"F", "M"}) String sex, Integer ethnicity,
                               @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
                               @Schema(nullable = true, description = "The apprentice's postal address")
                               AddressRequest address, EmployerRequest employer, @Schema(nullable = true) ContactRequest employerContact,
                               @Schema(nullable = true) ContactRequest tutor, ProgrammeRequest programme,
                               @Schema(allowableValues = {"ON_PROGRAMME", "SUSPENDED", "WITHDRAWN"},
                                       defaultValue = "ON_PROGRAMME", nullable = true,
                                       description = "Where the learner stands when registered: a learner on a "
                                               + "break or withdrawn is registered as such") String status) {

        private static final Set<ApprenticeStatus> REGISTERABLE =
                EnumSet.of(ApprenticeStatus.ON_PROGRAMME, ApprenticeStatus.SUSPENDED, ApprenticeStatus.WITHDRAWN);

        Registration parse(FieldChecks checks) {
            LearnerDetails learner = new LearnerRequest(uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                    email, phone, address).parse(checks);
            Employer checkedEmployer = checks.present("employer", employer)
                    ? employer.parse(checks.nested("employer")) : null;
            Contact contact = employerContact == null ? null : employerContact.parse(checks.nested("employerContact"));
            Contact checkedTutor = tutor == null ? null : tutor.parse(checks.nested("tutor"));
            Programme checkedProgramme = checks.present("programme", programme)
                    ? programme.parse(checks.nested("programme")) : null;
            ApprenticeStatus checkedStatus = checks.optional("status", status, RegistrationRequest::status);
            return checks.hasErrors() ? null : new Registration(learner, checkedEmployer, contact, checkedTutor,
                    checkedProgramme, checkedStatus == null ? ApprenticeStatus.ON_PROGRAMME : checkedStatus);
        }

        private static ApprenticeStatus status(String raw) {
            return REGISTERABLE.stream()
                    .filter(candidate -> candidate.name().equals(raw.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidValueException("must be one of " + REGISTERABLE));
        }
    }

    @Schema(name = "Address")
    record AddressRequest(String line1, @Schema(nullable = true) String line2, @Schema(nullable = true) String line3,
                          String town, String postcode) {

        static AddressRequest from(Address address) {
            return new AddressRequest(address.line1(), address.line2(), address.line3(), address.town(),
                    address.postcode());
        }

        Address parse(FieldChecks checks) {
            String checkedLine1 = checks.required("line1", line1, value -> Text.line(value, 100));
            String checkedLine2 = checks.optional("line2", line2, value -> Text.line(value, 100));
            String checkedLine3 = checks.optional("line3", line3, value -> Text.line(value, 100));
            String checkedTown = checks.required("town", town, value -> Text.line(value, 100));
            String checkedPostcode = checks.required("postcode", postcode, RecordValues::postcode);
            return checks.hasErrors() ? null
                    : new Address(checkedLine1, checkedLine2, checkedLine3, checkedTown, checkedPostcode);
        }
    }

    @Schema(name = "Employer")
    record EmployerRequest(String name, AddressRequest address) {

        Employer parse(FieldChecks checks) {
            String checkedName = checks.required("name", name, value -> Text.line(value, 200));
            Address checkedAddress = checks.present("address", address)
                    ? address.parse(checks.nested("address")) : null;
            return checks.hasErrors() ? null : new Employer(checkedName, checkedAddress);
        }
    }

    @Schema(name = "Contact")
    record ContactRequest(String givenName, String familyName, String email, String phone) {

        Contact parse(FieldChecks checks) {
            String checkedGivenName = checks.required("givenName", givenName, Text::personName);
            String checkedFamilyName = checks.required("familyName", familyName, Text::personName);
            String checkedEmail = checks.required("email", email, Text::email);
            String checkedPhone = checks.optional("phone", phone, Text::phone);
            return checks.hasErrors() ? null
                    : new Contact(checkedGivenName, checkedFamilyName, checkedEmail, checkedPhone);
        }
    }

    @Schema(name = "Programme")
    record ProgrammeRequest(Integer standardCode, String standardReference, String standardVersion,
                            @Schema(nullable = true) String option, LocalDate startDate, LocalDate plannedEndDate) {

        Programme parse(FieldChecks checks) {
            Integer checkedCode = checks.required("standardCode", standardCode, RecordValues::standardCode);
            String checkedReference = checks.required("standardReference", standardReference,
                    RecordValues::standardReference);
            String checkedVersion = checks.required("standardVersion", standardVersion, RecordValues::standardVersion);
            String checkedOption = checks.optional("option", option, value -> Text.line(value, 200));
            checkDates(checks, startDate, plannedEndDate);
            return checks.hasErrors() ? null : Programme.active(checkedCode, checkedReference, checkedVersion,
                    checkedOption, startDate, plannedEndDate);
        }
    }

    @Schema(name = "ProgrammeDates")
    record ProgrammeDatesRequest(LocalDate startDate, LocalDate plannedEndDate) {

        ProgrammeDatesRequest check(FieldChecks checks) {
            checkDates(checks, startDate, plannedEndDate);
            return this;
        }
    }

    @Schema(name = "ProgrammeChange")
    record ProgrammeChangeRequest(LocalDate effectiveDate, ProgrammeRequest programme) {

        /** The change as checked: the active programme stops on {@code effectiveDate} and {@code programme} starts. */
        record ProgrammeChange(LocalDate effectiveDate, Programme programme) {
        }

        ProgrammeChange parse(FieldChecks checks) {
            checks.present("effectiveDate", effectiveDate);
            Programme next = checks.present("programme", programme) ? programme.parse(checks.nested("programme")) : null;
            return checks.hasErrors() ? null : new ProgrammeChange(effectiveDate, next);
        }
    }

    @Schema(name = "NewCircumstance", description = "detail holds what the provider's tracker carried; the keys below"
            + " are checked where they apply, others are kept as sent")
    record CircumstanceRequest(CircumstanceType type, LocalDate effectiveDate,
                               @Schema(example = "{\"plannedEndDate\": \"2026-09-30\"}") Map<String, Object> detail) {

        /** The detail as sent, or empty when none was. */
        Map<String, Object> detailOrEmpty() {
            return detail == null ? Map.of() : detail;
        }

        /** Checks the detail for what {@code type} needs; {@code programme} is checked by the caller. */
        void check(FieldChecks checks) {
            checks.present("type", type);
            checks.present("effectiveDate", effectiveDate);
            Map<String, Object> checked = detailOrEmpty();
            FieldChecks inDetail = checks.nested("detail");
            if (type == CircumstanceType.RETURN_TO_LEARNING) {
                inDetail.required("plannedEndDate", checked.get("plannedEndDate"), ApprenticeRequests::date);
            }
            if (type == CircumstanceType.CHANGE_OF_PROGRAMME) {
                inDetail.present("programme", checked.get("programme"));
            }
            inDetail.optional("expectedReturnDate", checked.get("expectedReturnDate"), ApprenticeRequests::date);
            inDetail.optional("newEpaoId", checked.get("newEpaoId"), value -> EpaoId.of(text(value)));
            inDetail.optional("reason", checked.get("reason"), value -> Text.line(text(value), 2000));
            inDetail.optional("withdrawReason", checked.get("withdrawReason"), ApprenticeRequests::scalar);
        }
    }

    @Schema(name = "GatewayConfirmation")
    record GatewayRequest(@Schema(description = "The day the apprentice passed gateway; not in the future")
                          LocalDate gatewayDate) {

        LocalDate parse(FieldChecks checks) {
            return checks.required("gatewayDate", gatewayDate, ApprenticeRequests::notInFuture);
        }
    }

    @Schema(name = "AssessmentResult")
    record ResultRequest(@Schema(allowableValues = {"PASS", "MERIT", "DISTINCTION", "FAIL"}) String grade,
                         @Schema(description = "Not in the future, nor before the gateway") LocalDate assessmentDate) {

        /** The result as checked. */
        record Checked(Grade grade, LocalDate assessmentDate) {
        }

        Checked parse(FieldChecks checks) {
            Grade checkedGrade = checks.required("grade", grade, ApprenticeRequests::grade);
            LocalDate checkedDate = checks.required("assessmentDate", assessmentDate, ApprenticeRequests::notInFuture);
            return checks.hasErrors() ? null : new Checked(checkedGrade, checkedDate);
        }
    }

    @Schema(name = "EpaoReason")
    record ReasonRequest(String reason) {

        String required(FieldChecks checks) {
            return checks.required("reason", reason, value -> Text.line(value, 2000));
        }

        String optional(FieldChecks checks) {
            return checks.optional("reason", reason, value -> Text.line(value, 2000));
        }
    }

    private static LocalDate notInFuture(LocalDate date) {
        if (date.isAfter(PlatformCalendar.today())) {
            throw new InvalidValueException("must not be in the future");
        }
        return date;
    }

    private static Grade grade(String raw) {
        for (Grade grade : Grade.values()) {
            if (grade.name().equals(raw.strip())) {
                return grade;
            }
        }
        throw new InvalidValueException("must be one of PASS, MERIT, DISTINCTION or FAIL");
    }

    private static void checkDates(FieldChecks checks, LocalDate startDate, LocalDate plannedEndDate) {
        checks.present("startDate", startDate);
        checks.present("plannedEndDate", plannedEndDate);
        if (startDate != null && plannedEndDate != null && !plannedEndDate.isAfter(startDate)) {
            checks.reject("plannedEndDate", "must be after startDate");
        }
    }

    private static LocalDate date(Object raw) {
        try {
            return LocalDate.parse((String) raw);
        } catch (ClassCastException | DateTimeParseException e) {
            throw new InvalidValueException("must be a date in the form yyyy-MM-dd");
        }
    }

    private static String text(Object raw) {
        if (!(raw instanceof String value)) {
            throw new InvalidValueException("must be a string");
        }
        return value;
    }

    private static Object scalar(Object raw) {
        if (raw instanceof Map || raw instanceof Iterable) {
            throw new InvalidValueException("must be a code or a text");
        }
        return raw;
    }
}
