package uk.learnersync.provider.learners;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.Text;

/**
 * A change of circumstance as a client sent it, not yet checked: the type, the effective date and
 * the {@code details} of that type (API-CONTRACT.md, "Process automations"):
 * <ul>
 * <li>{@code BREAK_IN_LEARNING}: {@code expectedReturnDate}?</li>
 * <li>{@code RETURN_TO_LEARNING}: {@code plannedEndDate}</li>
 * <li>{@code WITHDRAWAL}: {@code withdrawReason} (ILR code)</li>
 * <li>{@code CHANGE_OF_PROGRAMME}: {@code programmeId}, {@code option}?, {@code startDate}, {@code plannedEndDate}, {@code epaoId}?</li>
 * <li>{@code CHANGE_OF_EMPLOYER}: {@code employerId}, {@code employerAddressId}, {@code managerId}, {@code agreemId}?</li>
 * <li>{@code CHANGE_OF_WORKING_CONDITIONS}: {@code employerAddressId}?, {@code managerId}? (at least one)</li>
 * <li>{@code CHANGE_OF_PERSONAL_DETAILS}: any of {@code givenNames}, {@code familyName}, {@code dateOfBirth},
 * {@code sex}, {@code ethnicity}, {@code email} (at least one)</li>
 * <li>{@code EPA_OUTCOME}: {@code grade}, {@code assessmentDate}, {@code compStatus}, {@code learnActEndDate},
 * {@code outcome}, {@code achievementDate}?, {@code outGrade} (raised by LearnerSync, TW-2)</li>
 * </ul>
 */
public record CircumstanceInput(String type, LocalDate effectiveDate, Map<String, Object> details) {

    private static final Map<AutomationType, Set<String>> FIELDS = Map.of(
            AutomationType.BREAK_IN_LEARNING, Set.of("expectedReturnDate"),
            AutomationType.RETURN_TO_LEARNING, Set.of("plannedEndDate"),
            AutomationType.WITHDRAWAL, Set.of("withdrawReason"),
            AutomationType.CHANGE_OF_PROGRAMME, Set.of("programmeId", "option", "startDate", "plannedEndDate", "epaoId"),
            AutomationType.CHANGE_OF_EMPLOYER, Set.of("employerId", "employerAddressId", "managerId", "agreemId"),
            AutomationType.CHANGE_OF_WORKING_CONDITIONS, Set.of("employerAddressId", "managerId"),
            AutomationType.CHANGE_OF_PERSONAL_DETAILS,
            Set.of("givenNames", "familyName", "dateOfBirth", "sex", "ethnicity", "email"),
            AutomationType.EPA_OUTCOME, Set.of("grade", "assessmentDate", "compStatus", "learnActEndDate", "outcome",
                    "achievementDate", "outGrade"));

    /** Checks each field on its own, naming details as {@code details.<name>}; {@code null} when any is bad. */
    public CircumstanceChange parse(FieldChecks checks) {
        return parse(checks, LocalDate.now());
    }

    /** As {@link #parse(FieldChecks)}, with the checks that depend on the date (an age) made as on {@code today}. */
    public CircumstanceChange parse(FieldChecks checks, LocalDate today) {
        AutomationType parsedType = checks.required("type", type, CircumstanceInput::automationType);
        LocalDate effective = checks.required("effectiveDate", effectiveDate, date -> date);
        if (parsedType == null) {
            return null;
        }
        Map<String, Object> given = details == null ? Map.of() : details;
        Set<String> unknown = new HashSet<>(given.keySet());
        unknown.removeAll(FIELDS.get(parsedType));
        unknown.stream().sorted().forEach(field -> checks.reject("details." + field,
                "is not a known field of a " + parsedType + "; it takes " + String.join(", ",
                        FIELDS.get(parsedType).stream().sorted().toList())));
        Details in = new Details(checks, given);
        CircumstanceChange change = switch (parsedType) {
            case BREAK_IN_LEARNING -> {
                LocalDate expectedReturn = in.optional("expectedReturnDate", Details::date);
                in.after("expectedReturnDate", expectedReturn, effective, "the effective date");
                yield new CircumstanceChange.BreakInLearning(effective, expectedReturn);
            }
            case RETURN_TO_LEARNING -> {
                LocalDate plannedEnd = in.required("plannedEndDate", Details::date);
                in.after("plannedEndDate", plannedEnd, effective, "the return date (effectiveDate)");
                yield new CircumstanceChange.ReturnToLearning(effective, plannedEnd);
            }
            case WITHDRAWAL -> new CircumstanceChange.Withdrawal(effective,
                    in.required("withdrawReason", raw -> WithdrawReason.of(Details.wholeNumber(raw))));
            case CHANGE_OF_PROGRAMME -> {
                ProgrammeId programme = in.required("programmeId", Details.id(ProgrammeId::new));
                String option = in.optional("option", raw -> Details.text(raw).strip());
                LocalDate start = in.required("startDate", Details::date);
                LocalDate plannedEnd = in.required("plannedEndDate", Details::date);
                EpaoId epao = in.optional("epaoId", raw -> EpaoId.of(Details.text(raw)));
                if (start != null && effective != null && start.isBefore(effective)) {
                    checks.reject("details.startDate", "must not be before the effective date: the new enrolment "
                            + "starts when the old one ends");
                }
                in.after("plannedEndDate", plannedEnd, start, "the start date");
                yield new CircumstanceChange.ChangeOfProgramme(effective, programme, option, start, plannedEnd, epao);
            }
            case CHANGE_OF_EMPLOYER -> new CircumstanceChange.ChangeOfEmployer(effective,
                    in.required("employerId", Details.id(EmployerId::new)),
                    in.required("employerAddressId", Details.id(EmployerAddressId::new)),
                    in.required("managerId", Details.id(ManagerId::new)),
                    in.optional("agreemId", raw -> AgreemId.of(Details.text(raw))));
            case CHANGE_OF_WORKING_CONDITIONS -> {
                EmployerAddressId address = in.optional("employerAddressId", Details.id(EmployerAddressId::new));
                ManagerId manager = in.optional("managerId", Details.id(ManagerId::new));
                if (!given.containsKey("employerAddressId") && !given.containsKey("managerId")) {
                    checks.reject("details", "needs a new employerAddressId, a new managerId, or both");
                }
                yield new CircumstanceChange.ChangeOfWorkingConditions(effective, address, manager);
            }
            case CHANGE_OF_PERSONAL_DETAILS -> {
                if (given.isEmpty()) {
                    checks.reject("details", "needs at least one of givenNames, familyName, dateOfBirth, sex, "
                            + "ethnicity, email");
                }
                yield new CircumstanceChange.ChangeOfPersonalDetails(effective,
                        in.optional("givenNames", raw -> Text.personName(Details.text(raw))),
                        in.optional("familyName", raw -> Text.personName(Details.text(raw))),
                        in.optional("dateOfBirth", raw -> PersonalDetails.dateOfBirth(Details.date(raw), today)),
                        in.optional("sex", raw -> Sex.of(Details.text(raw))),
                        in.optional("ethnicity", raw -> Ethnicity.of(Details.wholeNumber(raw))),
                        in.optional("email", raw -> Text.email(Details.text(raw))));
            }
            case EPA_OUTCOME -> new CircumstanceChange.EpaOutcomeChange(effective, new EpaOutcome(
                    in.required("grade", raw -> OutGrade.ofGrade(Details.text(raw))),
                    in.required("assessmentDate", Details::date), in.required("learnActEndDate", Details::date),
                    in.required("outcome", raw -> Outcome.of(Details.wholeNumber(raw))),
                    in.optional("achievementDate", Details::date),
                    in.required("outGrade", raw -> OutGrade.ofCode(Details.text(raw)))));
        };
        return checks.hasErrors() ? null : change;
    }

    private static AutomationType automationType(String raw) {
        try {
            return AutomationType.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("must be one of " + Arrays.stream(AutomationType.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** Reads the loosely typed {@code details} object field by field. */
    private record Details(FieldChecks checks, Map<String, Object> values) {

        <T> T required(String field, Function<Object, T> parse) {
            return checks.required("details." + field, values.get(field), parse);
        }

        <T> T optional(String field, Function<Object, T> parse) {
            return checks.optional("details." + field, values.get(field), parse);
        }

        void after(String field, LocalDate date, LocalDate earlier, String earlierName) {
            if (date != null && earlier != null && !date.isAfter(earlier)) {
                checks.reject("details." + field, "must be after " + earlierName);
            }
        }

        static LocalDate date(Object raw) {
            try {
                return LocalDate.parse((String) raw);
            } catch (ClassCastException | DateTimeParseException e) {
                throw new InvalidValueException("must be a date in the form yyyy-MM-dd");
            }
        }

        static int wholeNumber(Object raw) {
            if (raw instanceof Integer number) {
                return number;
            }
            throw new InvalidValueException("must be a whole number");
        }

        static String text(Object raw) {
            if (raw instanceof String text) {
                return text;
            }
            throw new InvalidValueException("must be a string");
        }

        static <T> Function<Object, T> id(Function<UUID, T> type) {
            return raw -> Ids.parser(type).apply(text(raw));
        }
    }
}
