package uk.learnersync.provider.learners;

import java.time.LocalDate;
import java.time.Period;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;

/** The learner's ILR personal details, validated. */
public record PersonalDetails(Uln uln, String givenNames, String familyName, LocalDate dateOfBirth, Sex sex,
                              Ethnicity ethnicity, String email) {

    /**
     * The youngest age at the programme start that is accepted. Apprentices must be over school-leaving
     * age (DateOfBirth_48): one who turns 16 in the summer holidays may start at 15 after the last
     * Friday in June, so 15 is the strictest bound that never refuses a lawful start.
     */
    static final int MINIMUM_AGE_AT_START = 15;

    /** ESFA's DateOfBirth_04: a learner is younger than 115. */
    static final int MAXIMUM_AGE = 115;

    /** Records an error on {@code field} when the learner is too young at the programme start. */
    public static void checkAgeAtStart(FieldChecks checks, String field, LocalDate dateOfBirth, LocalDate startDate) {
        if (dateOfBirth != null && startDate != null
                && Period.between(dateOfBirth, startDate).getYears() < MINIMUM_AGE_AT_START) {
            checks.reject(field, "the learner must be at least " + MINIMUM_AGE_AT_START
                    + " years old on the programme start date (DateOfBirth_48)");
        }
    }

    /** A date of birth in the past and less than 115 years ago. */
    static LocalDate dateOfBirth(LocalDate date, LocalDate today) {
        if (!date.isBefore(today)) {
            throw new InvalidValueException("must be a date in the past");
        }
        if (Period.between(date, today).getYears() >= MAXIMUM_AGE) {
            throw new InvalidValueException("the learner must be younger than " + MAXIMUM_AGE + " (DateOfBirth_04)");
        }
        return date;
    }
}
