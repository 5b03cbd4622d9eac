package uk.learnersync.provider.epapro;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import uk.learnersync.provider.sync.ObservedRecord;
import uk.learnersync.provider.sync.PlatformRecord;

/** Reads the platform's {@code ApprenticeRecord} (docs/EPA-PLATFORM-API.md) as the sync engine compares it. */
final class PlatformRecords {

    private PlatformRecords() {
    }

    static ObservedRecord observed(JsonNode record) {
        String status = text(record, "status");
        JsonNode gateway = record.get("gateway");
        JsonNode result = record.get("result");
        PlatformRecord held = new PlatformRecord(
                new PlatformRecord.Details(text(record, "uln"), text(record, "givenNames"), text(record, "familyName"),
                        date(record, "dateOfBirth"), text(record, "sex"), record.path("ethnicity").asInt(),
                        text(record, "email")),
                employer(record.get("employer")), contact(record.get("employerContact")), contact(record.get("tutor")),
                activeProgramme(record.get("programmes")), ObservedRecord.providerView(status));
        return new ObservedRecord(text(record, "apprenticeId"), status, present(gateway) ? date(gateway, "date") : null,
                present(result) ? text(result, "grade") : null,
                present(result) ? date(result, "assessmentDate") : null, held);
    }

    private static PlatformRecord.Employer employer(JsonNode employer) {
        if (!present(employer)) {
            return null;
        }
        JsonNode address = employer.get("address");
        return new PlatformRecord.Employer(text(employer, "name"), !present(address) ? null : new PlatformRecord.Address(
                text(address, "line1"), text(address, "line2"), text(address, "line3"), text(address, "town"),
                text(address, "postcode")));
    }

    private static PlatformRecord.Contact contact(JsonNode contact) {
        return !present(contact) ? null : new PlatformRecord.Contact(text(contact, "givenName"),
                text(contact, "familyName"), text(contact, "email"), text(contact, "phone"));
    }

    private static PlatformRecord.Programme activeProgramme(JsonNode programmes) {
        if (!present(programmes)) {
            return null;
        }
        for (JsonNode programme : programmes) {
            if ("ACTIVE".equals(text(programme, "status"))) {
                return new PlatformRecord.Programme(programme.path("standardCode").asInt(),
                        text(programme, "standardReference"), text(programme, "standardVersion"),
                        text(programme, "option"), date(programme, "startDate"), date(programme, "plannedEndDate"));
            }
        }
        return null;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return present(value) ? value.asString() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
