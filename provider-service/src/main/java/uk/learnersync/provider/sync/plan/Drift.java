package uk.learnersync.provider.sync.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The fields compared, by their path in the record; the status is compared apart (see {@link #between}). */
    private static final Map<String, Function<PlatformRecord, Object>> FIELDS = fields();

    private Drift() {
    }

    public static List<Difference> between(PlatformRecord expected, PlatformRecord actual) {
        List<Difference> differences = new ArrayList<>();
        FIELDS.forEach((field, value) -> compare(differences, field, value.apply(expected), value.apply(actual)));
        // A closed record stays closed, whoever closed it: nothing is sent to reopen it (TW-3, CV-4).
        if (!actual.status().closed()) {
            compare(differences, "status", expected.status(), actual.status());
        }
        return differences;
    }

    private static Map<String, Function<PlatformRecord, Object>> fields() {
        Map<String, Function<PlatformRecord, Object>> fields = new LinkedHashMap<>();
        fields.put("learner.uln", record -> record.learner().uln());
        fields.put("learner.givenNames", record -> record.learner().givenNames());
        fields.put("learner.familyName", record -> record.learner().familyName());
        fields.put("learner.dateOfBirth", record -> record.learner().dateOfBirth());
        fields.put("learner.sex", record -> record.learner().sex());
        fields.put("learner.ethnicity", record -> record.learner().ethnicity());
        fields.put("learner.email", record -> record.learner().email());
        fields.put("employer.name", record -> part(record.employer(), PlatformRecord.Employer::name));
        fields.put("employer.address.line1", record -> part(address(record), PlatformRecord.Address::line1));
        fields.put("employer.address.line2", record -> part(address(record), PlatformRecord.Address::line2));
        fields.put("employer.address.line3", record -> part(address(record), PlatformRecord.Address::line3));
        fields.put("employer.address.town", record -> part(address(record), PlatformRecord.Address::town));
        fields.put("employer.address.postcode", record -> part(address(record), PlatformRecord.Address::postcode));
        contact(fields, "employerContact", PlatformRecord::employerContact);
        contact(fields, "tutor", PlatformRecord::tutor);
        fields.put("programme.standardCode", record -> part(record.programme(), PlatformRecord.Programme::standardCode));
        fields.put("programme.standardVersion",
                record -> part(record.programme(), PlatformRecord.Programme::standardVersion));
        fields.put("programme.option", record -> part(record.programme(), PlatformRecord.Programme::option));
        fields.put("programme.startDate", record -> part(record.programme(), PlatformRecord.Programme::startDate));
        fields.put("programme.plannedEndDate",
                record -> part(record.programme(), PlatformRecord.Programme::plannedEndDate));
        return Collections.unmodifiableMap(fields);
    }

    private static void contact(Map<String, Function<PlatformRecord, Object>> fields, String section,
                                Function<PlatformRecord, PlatformRecord.Contact> contact) {
        fields.put(section + ".givenName", record -> part(contact.apply(record), PlatformRecord.Contact::givenName));
        fields.put(section + ".familyName", record -> part(contact.apply(record), PlatformRecord.Contact::familyName));
        fields.put(section + ".email", record -> part(contact.apply(record), PlatformRecord.Contact::email));
        fields.put(section + ".phone", record -> part(contact.apply(record), PlatformRecord.Contact::phone));
    }

    private static PlatformRecord.Address address(PlatformRecord record) {
        return part(record.employer(), PlatformRecord.Employer::address);
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
