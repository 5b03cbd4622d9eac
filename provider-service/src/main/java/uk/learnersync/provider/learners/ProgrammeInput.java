package uk.learnersync.provider.learners;

import java.time.LocalDate;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.validation.FieldChecks;

/**
 * A learner's enrolment as entered, not yet checked. A missing {@code epaoId} means the programme's
 * own EPAO (the assessment organisation: EPA and 4 digits, or from ILR 2026/27 on its UKPRN); missing
 * {@code offTheJobHours} mean none recorded.
 */
public record ProgrammeInput(String programmeId, String option, LocalDate startDate, LocalDate plannedEndDate,
                             Integer epaPeriodMonths, String epaoId, OffTheJobHours offTheJobHours) {

    static final int MAX_EPA_PERIOD_MONTHS = 24;

    public static ProgrammeInput of(Enrolment enrolment) {
        return new ProgrammeInput(enrolment.programmeId().toString(), enrolment.option(), enrolment.startDate(),
                enrolment.plannedEndDate(), enrolment.epaPeriodMonths(), Ids.text(enrolment.epaoId()),
                enrolment.offTheJob());
    }

    /**
     * Checks each field, naming it with {@code prefix} (e.g. {@code programme.}); the EPAO stays
     * {@code null} when not given, for the programme's to fill in.
     */
    Enrolment parse(FieldChecks checks, String prefix) {
        ProgrammeId programme = checks.required(prefix + "programmeId", programmeId, Ids.parser(ProgrammeId::new));
        String parsedOption = checks.optional(prefix + "option", option, String::strip);
        LocalDate start = checks.required(prefix + "startDate", startDate, date -> date);
        LocalDate plannedEnd = checks.required(prefix + "plannedEndDate", plannedEndDate, date -> date);
        if (start != null && plannedEnd != null && !plannedEnd.isAfter(start)) {
            checks.reject(prefix + "plannedEndDate", "must be after the start date");
        }
        if (epaPeriodMonths != null && (epaPeriodMonths < 1 || epaPeriodMonths > MAX_EPA_PERIOD_MONTHS)) {
            checks.reject(prefix + "epaPeriodMonths", "must be 1 to " + MAX_EPA_PERIOD_MONTHS + " months");
        }
        EpaoId epao = checks.optional(prefix + "epaoId", epaoId, EpaoId::of);
        OffTheJobHours hours = OffTheJobHours.parse(checks, prefix + "offTheJobHours.", offTheJobHours);
        return new Enrolment(programme, parsedOption, start, plannedEnd, epaPeriodMonths, epao, hours);
    }
}
