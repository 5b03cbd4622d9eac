package uk.learnersync.provider.staff;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.Text;

/** What a case owner's record says about them, validated. */
public record CaseOwnerDetails(String givenName, String familyName, String email, String phone) {

    /** Validates raw input, recording every bad field in {@code checks}; {@code null} when any is bad. */
    public static CaseOwnerDetails parse(FieldChecks checks, String givenName, String familyName, String email,
                                         String phone) {
        String given = checks.required("givenName", givenName, Text::personName);
        String family = checks.required("familyName", familyName, Text::personName);
        String mail = checks.required("email", email, Text::email);
        String telephone = checks.optional("phone", phone, Text::phone);
        return checks.hasErrors() ? null : new CaseOwnerDetails(given, family, mail, telephone);
    }
}
