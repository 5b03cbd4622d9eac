package uk.learnersync.provider.employers;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.Text;

/** What an employer's own record says, validated: its name and, when known, its EmpId. */
public record EmployerDetails(String name, EmpId empId) {

    /** Validates raw input, recording every bad field in {@code checks}; {@code null} when any is bad. */
    public static EmployerDetails parse(FieldChecks checks, String name, String empId) {
        String employerName = checks.required("name", name, value -> Text.line(value, 100));
        EmpId id = checks.optional("empId", empId, EmpId::of);
        return checks.hasErrors() ? null : new EmployerDetails(employerName, id);
    }
}
