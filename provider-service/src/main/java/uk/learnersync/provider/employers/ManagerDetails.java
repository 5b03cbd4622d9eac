package uk.learnersync.provider.employers;

import java.util.UUID;
import java.util.function.Predicate;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.Text;

/** What a manager's record says, validated, including the employer they work for. */
public record ManagerDetails(String givenName, String familyName, String email, String phone, EmployerId employerId) {

    /**
     * Validates raw input, recording every bad field in {@code checks}; {@code null} when any is bad.
     * {@code isProvidersEmployer} tells whether an employer belongs to the provider: another
     * provider's employer is refused like a mistyped one, as a bad field.
     */
    public static ManagerDetails parse(FieldChecks checks, String givenName, String familyName, String email,
                                       String phone, String employerId, Predicate<EmployerId> isProvidersEmployer) {
        String given = checks.required("givenName", givenName, Text::personName);
        String family = checks.required("familyName", familyName, Text::personName);
        String mail = checks.required("email", email, Text::email);
        String telephone = checks.optional("phone", phone, Text::phone);
        EmployerId employer = checks.required("employerId", employerId, raw -> {
            EmployerId id = employerId(raw);
            if (!isProvidersEmployer.test(id)) {
                throw new InvalidValueException("must be the ID of one of your employers");
            }
            return id;
        });
        return checks.hasErrors() ? null : new ManagerDetails(given, family, mail, telephone, employer);
    }

    private static EmployerId employerId(String raw) {
        try {
            return new EmployerId(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("must be the ID of one of your employers");
        }
    }
}
