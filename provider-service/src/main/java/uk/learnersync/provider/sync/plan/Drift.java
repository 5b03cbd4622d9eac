package uk.learnersync.provider.sync.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import uk.learnersync.provider.sync.PlatformRecord;

/**
 * Where a platform's record differs from what it should hold (TW-4), field by field. A record closed on
 * the platform (withdrawn by the EPAO, completed) is not drift in its status: the provider sends nothing
 * that would undo it (TW-3).
 */
public final class Drift {

    /** One field that differs, named by its path in the record (e.g. {@code learner.familyName}). */
    public record Difference(String field, String expected, String actual) {
    }

    private Drift() {
    }

    public static List<Difference> between(PlatformRecord expected, PlatformRecord actual) {
        List<Difference> differences = new ArrayList<>();
        PlatformRecord.Details want = expected.learner();
        PlatformRecord.Details have = actual.learner();
        compare(differences, "learner.uln", want.uln(), have.uln());
        compare(differences, "learner.givenNames", want.givenNames(), have.givenNames());
        compare(differences, "learner.familyName", want.familyName(), have.familyName());
        compare(differences, "learner.dateOfBirth", want.dateOfBirth(), have.dateOfBirth());
        compare(differences, "learner.sex", want.sex(), have.sex());
        compare(differences, "learner.ethnicity", want.ethnicity(), have.ethnicity());
        compare(differences, "learner.email", want.email(), have.email());
        compare(differences, "employer.name", part(expected.employer(), PlatformRecord.Employer::name),
                part(actual.employer(), PlatformRecord.Employer::name));
        PlatformRecord.Address wantAddress = part(expected.employer(), PlatformRecord.Employer::address);
        PlatformRecord.Address haveAddress = part(actual.employer(), PlatformRecord.Employer::address);
        compare(differences, "employer.address.line1", part(wantAddress, PlatformRecord.Address::line1),
                part(haveAddress, PlatformRecord.Address::line1));
        compare(differences, "employer.address.line2", part(wantAddress, PlatformRecord.Address::line2),
                part(haveAddress, PlatformRecord.Address::line2));
        compare(differences, "employer.address.line3", part(wantAddress, PlatformRecord.Address::line3),
                part(haveAddress, PlatformRecord.Address::line3));
        compare(differences, "employer.address.town", part(wantAddress, PlatformRecord.Address::town),
                part(haveAddress, PlatformRecord.Address::town));
        compare(differences, "employer.address.postcode", part(wantAddress, PlatformRecord.Address::postcode),
                part(haveAddress, PlatformRecord.Address::postcode));
        contact(differences, "employerContact", expected.employerContact(), actual.employerContact());
        contact(differences, "tutor", expected.tutor(), actual.tutor());
        PlatformRecord.Programme wantProgramme = expected.programme();
        PlatformRecord.Programme haveProgramme = actual.programme();
        compare(differences, "programme.standardCode", part(wantProgramme, PlatformRecord.Programme::standardCode),
                part(haveProgramme, PlatformRecord.Programme::standardCode));
        compare(differences, "programme.standardVersion",
                part(wantProgramme, PlatformRecord.Programme::standardVersion),
                part(haveProgramme, PlatformRecord.Programme::standardVersion));
        compare(differences, "programme.option", part(wantProgramme, PlatformRecord.Programme::option),
                part(haveProgramme, PlatformRecord.Programme::option));
        compare(differences, "programme.startDate", part(wantProgramme, PlatformRecord.Programme::startDate),
                part(haveProgramme, PlatformRecord.Programme::startDate));
        compare(differences, "programme.plannedEndDate", part(wantProgramme, PlatformRecord.Programme::plannedEndDate),
                part(haveProgramme, PlatformRecord.Programme::plannedEndDate));
        // A closed record stays closed, whoever closed it: nothing is sent to reopen it (TW-3, CV-4).
        if (!actual.status().closed()) {
            compare(differences, "status", expected.status(), actual.status());
        }
        return differences;
    }

    private static void contact(List<Difference> differences, String section, PlatformRecord.Contact want,
                                PlatformRecord.Contact have) {
        compare(differences, section + ".givenName", part(want, PlatformRecord.Contact::givenName),
                part(have, PlatformRecord.Contact::givenName));
        compare(differences, section + ".familyName", part(want, PlatformRecord.Contact::familyName),
                part(have, PlatformRecord.Contact::familyName));
        compare(differences, section + ".email", part(want, PlatformRecord.Contact::email),
                part(have, PlatformRecord.Contact::email));
        compare(differences, section + ".phone", part(want, PlatformRecord.Contact::phone),
                part(have, PlatformRecord.Contact::phone));
    }

    private static void compare(List<Difference> differences, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(new Difference(field, text(expected), text(actual)));
        }
    }

    private static <T, V> V part(T whole, Function<T, V> part) {
        return whole == null ? null : part.apply(whole);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
