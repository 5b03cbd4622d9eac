package uk.learnersync.provider.learners;

import java.time.LocalDate;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.Text;
import uk.learnersync.provider.staff.CaseOwnerId;

/**
 * A learner's personal details, reference and links as a person or client entered them, not yet
 * checked; {@link LearnerManagement} checks them field by field and against the provider's records.
 *
 * @param agreemId the ILR 2026/27 Apprenticeship Service agreement ID of the learner's employment
 */
public record LearnerDetailsInput(String uln, String givenNames, String familyName, LocalDate dateOfBirth,
                                  String sex, Integer ethnicity, String email, String learnRefNumber,
                                  String caseOwnerId, String managerId, String employerId,
                                  String employerAddressId, String agreemId) {

    /** The learner's current details, as a form or a merge patch starts from them. */
    public static LearnerDetailsInput of(Learner learner) {
        return new LearnerDetailsInput(learner.uln().value(), learner.givenNames(), learner.familyName(),
                learner.dateOfBirth(), learner.sex().name(), learner.ethnicity().code(), learner.email(),
                learner.learnRefNumber(), Ids.text(learner.caseOwnerId()), Ids.text(learner.managerId()),
                Ids.text(learner.employerId()), Ids.text(learner.employerAddressId()), Ids.text(learner.agreemId()));
    }

    /** The details, each field checked on its own; {@code null} parts where a field was bad. */
    record Parsed(PersonalDetails personal, LearnRefNumber learnRefNumber, LearnerLinks links, AgreemId agreemId) {
    }

    Parsed parse(FieldChecks checks, LocalDate today) {
        Uln parsedUln = checks.required("uln", uln, Uln::of);
        String given = checks.required("givenNames", givenNames, Text::personName);
        String family = checks.required("familyName", familyName, Text::personName);
        LocalDate born = checks.required("dateOfBirth", dateOfBirth, date -> PersonalDetails.dateOfBirth(date, today));
        Sex parsedSex = checks.required("sex", sex, Sex::of);
        Ethnicity parsedEthnicity = checks.required("ethnicity", ethnicity, Ethnicity::of);
        String mail = checks.required("email", email, Text::email);
        LearnRefNumber reference = checks.optional("learnRefNumber", learnRefNumber, LearnRefNumber::of);
        LearnerLinks links = new LearnerLinks(
                checks.optional("caseOwnerId", caseOwnerId, Ids.parser(CaseOwnerId::new)),
                checks.optional("managerId", managerId, Ids.parser(ManagerId::new)),
                checks.optional("employerId", employerId, Ids.parser(EmployerId::new)),
                checks.optional("employerAddressId", employerAddressId, Ids.parser(EmployerAddressId::new)));
        AgreemId agreement = checks.optional("agreemId", agreemId, AgreemId::of);
        return new Parsed(new PersonalDetails(parsedUln, given, family, born, parsedSex, parsedEthnicity, mail),
                reference, links, agreement);
    }
}
