package uk.learnersync.provider.web.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.learners.Ethnicity;
import uk.learnersync.provider.learners.Sex;
import uk.learnersync.provider.learners.WithdrawReason;
import uk.learnersync.validation.InvalidValueException;

/**
 * What was sent to an EPA platform as staff read it: one labelled row per part of the call, people
 * and addresses on one line, dates the UK way and codes in words with the ILR code beside. The JSON
 * itself stays on the page behind a toggle for those who need it.
 */
@Component
class SentSummary {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("uln", "ULN"), Map.entry("givenNames", "Given names"), Map.entry("familyName", "Family name"),
            Map.entry("dateOfBirth", "Date of birth"), Map.entry("sex", "Gender"),
            Map.entry("ethnicity", "Ethnicity"), Map.entry("email", "Email address"),
            Map.entry("employer", "Employer"), Map.entry("employerContact", "Manager"), Map.entry("tutor", "Case owner"),
            Map.entry("programme", "Programme"), Map.entry("status", "Status"), Map.entry("type", "Change"),
            Map.entry("effectiveDate", "Date of the change"), Map.entry("detail", "Details"),
            Map.entry("startDate", "Start date"), Map.entry("plannedEndDate", "Planned end date"),
            Map.entry("stopDate", "Stop date"), Map.entry("expectedReturnDate", "Expected return date"),
            Map.entry("withdrawReason", "Reason for withdrawal"), Map.entry("reason", "Reason"),
            Map.entry("standardVersion", "Standard version"), Map.entry("option", "Option"),
            Map.entry("newProgramme", "New programme"), Map.entry("epaoId", "Assessment organisation"));

    private final JsonMapper json;
    private final GovukFormat govuk;

    SentSummary(JsonMapper json, GovukFormat govuk) {
        this.json = json;
        this.govuk = govuk;
    }

    /** A label and the value beside it. */
    record Row(String label, String value) {
    }

    /** The rows of a request body; none when there is no body or it is not a JSON object. */
    List<Row> rows(String body) {
        List<Row> rows = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return rows;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return rows;
        }
        if (root.isObject()) {
            root.properties().forEach(field -> rows.add(new Row(label(field.getKey()),
                    value(field.getKey(), field.getValue()))));
        }
        return rows;
    }

    private String value(String key, JsonNode node) {
        if (node == null || node.isNull()) {
            return "None";
        }
        if (node.isObject()) {
            return inline(node);
        }
        String text = node.asString();
        try {
            return switch (key) {
                case "sex" -> Sex.of(text).description();
                case "ethnicity" -> Ethnicity.of(node.asInt()).description() + " (" + text + ")";
                case "withdrawReason" -> WithdrawReason.of(node.asInt()).description() + " (" + text + ")";
                case "status", "type" -> govuk.words(text);
                default -> dateOrText(text);
            };
        } catch (InvalidValueException e) {
            return text;
        }
    }

    /** An object on one line: an address, a person, a programme, or its fields with their labels. */
    private String inline(JsonNode node) {
        StringJoiner line = new StringJoiner(", ");
        if (node.has("givenName")) {
            line.add(node.path("givenName").asString() + " " + node.path("familyName").asString());
            node.properties().stream().filter(field -> !field.getKey().endsWith("Name") && !field.getValue().isNull())
                    .forEach(field -> line.add(field.getValue().asString()));
            return line.toString();
        }
        if (node.has("standardReference")) {
            line.add(node.path("standardReference").asString() + " version " + node.path("standardVersion").asString());
            if (node.hasNonNull("option")) {
                line.add(node.path("option").asString());
            }
            if (node.hasNonNull("startDate")) {
                line.add(dateOrText(node.path("startDate").asString()) + " to "
                        + dateOrText(node.path("plannedEndDate").asString()));
            }
            return line.toString();
        }
        if (node.has("name") && node.has("address")) {
            return line.add(node.path("name").asString()).add(inline(node.path("address"))).toString();
        }
        if (node.has("line1")) {
            node.properties().stream().filter(field -> !field.getValue().isNull())
                    .forEach(field -> line.add(field.getValue().asString()));
            return line.toString();
        }
        StringJoiner fields = new StringJoiner("; ");
        node.properties().forEach(field -> fields.add(label(field.getKey()) + ": "
                + value(field.getKey(), field.getValue())));
        return fields.toString();
    }

    private String dateOrText(String text) {
        if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                return govuk.date(LocalDate.parse(text));
            } catch (DateTimeException e) {
                return text;
            }
        }
        return text;
    }

    private String label(String key) {
        return LABELS.getOrDefault(key, govuk.words(key.replaceAll("([a-z0-9])([A-Z])", "$1_$2")));
    }
}
