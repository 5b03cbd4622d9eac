package uk.learnersync.epaplatform.apprentices.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.epaplatform.apprentices.Address;
import uk.learnersync.epaplatform.apprentices.ApprenticeStatus;
import uk.learnersync.epaplatform.apprentices.CircumstanceType;
import uk.learnersync.epaplatform.apprentices.Grade;
import uk.learnersync.epaplatform.apprentices.IlrCodes;
import uk.learnersync.epaplatform.apprentices.PlatformCalendar;
import uk.learnersync.epaplatform.apprentices.Programme;
import uk.learnersync.epaplatform.apprentices.Sex;

/**
 * How the pages show values: UK dates ("1 September 2025"), names instead of codes ("Female", an
 * ethnicity's name), and what a change carried as labelled rows, never as JSON.
 */
public class Display {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final Pattern ISO_DATE = Pattern.compile("\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("uln", "ULN"), Map.entry("givenNames", "Given names"), Map.entry("familyName", "Family name"),
            Map.entry("dateOfBirth", "Date of birth"), Map.entry("email", "Email"), Map.entry("phone", "Phone"),
            Map.entry("address", "Address"), Map.entry("employerContact", "Employer contact"),
            Map.entry("standardReference", "Standard"), Map.entry("standardVersion", "Version"),
            Map.entry("withdrawReason", "Withdrawal reason"), Map.entry("newEpaoId", "New EPAO"),
            Map.entry("programme", "Programme"), Map.entry("line1", "Address line 1"),
            Map.entry("line2", "Address line 2"), Map.entry("line3", "Address line 3"));

    private final JsonMapper json;

    Display(JsonMapper json) {
        this.json = json;
    }

    /** A label and what to show beside it. */
    public record Row(String label, String value) {
    }

    public String date(LocalDate date) {
        return date == null ? "Not given" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        var local = instant.atZone(PlatformCalendar.ZONE);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** A message with its ISO dates written the UK way. */
    public String readable(String message) {
        return ISO_DATE.matcher(message).replaceAll(match -> dateOrText(match.group()));
    }

    public String sex(Sex sex) {
        return sex.label();
    }

    public String ethnicity(int code) {
        return IlrCodes.ethnicity(code).orElse("Code " + code);
    }

    /** The GOV.UK tag colour of a status: green once passed, grey or red once closed otherwise. */
    public String statusTag(ApprenticeStatus status) {
        return switch (status) {
            case ON_PROGRAMME -> "govuk-tag--blue";
            case SUSPENDED -> "govuk-tag--yellow";
            case BACK_INTO_LEARNING -> "govuk-tag--light-blue";
            case RETAKE_REVIEW -> "govuk-tag--orange";
            case WITHDRAWN -> "govuk-tag--grey";
            case CANCELLED -> "govuk-tag--red";
            case COMPLETED -> "govuk-tag--green";
            case CERTIFIED -> "govuk-tag--turquoise";
        };
    }

    public String address(Address address) {
        if (address == null) {
            return "Not given";
        }
        StringJoiner line = new StringJoiner(", ");
        line.add(address.line1());
        if (address.line2() != null) {
            line.add(address.line2());
        }
        if (address.line3() != null) {
            line.add(address.line3());
        }
        return line.add(address.town() + " " + address.postcode()).toString();
    }

    public String programme(Programme programme) {
        return programme.standardReference() + " version " + programme.standardVersion()
                + (programme.option() == null ? "" : ", " + programme.option());
    }

    /** What a circumstance carried, one row per item. */
    public List<Row> details(Map<String, Object> detail) {
        return rows(json.valueToTree(detail));
    }

    /** What a change carried, one row per field: nested parts shown on one line each. */
    public List<Row> rows(JsonNode body) {
        List<Row> rows = new ArrayList<>();
        if (body == null || !body.isObject()) {
            return rows;
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            rows.add(new Row(label(field.getKey()), value(field.getKey(), field.getValue())));
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
        return switch (key) {
            case "sex" -> Sex.valueOf(text).label();
            case "ethnicity" -> node.isNumber() ? ethnicity(node.asInt()) : text;
            case "withdrawReason" -> node.isNumber() || text.matches("[0-9]+")
                    ? IlrCodes.withdrawReason(Integer.parseInt(text)).map(name -> name + " (" + text + ")")
                            .orElse("Code " + text)
                    : text;
            case "grade" -> enumLabel(Grade.class, text);
            case "status" -> enumLabel(ApprenticeStatus.class, text);
            case "type" -> enumLabel(CircumstanceType.class, text);
            default -> dateOrText(text);
        };
    }

    /** An object on one line: an address, a person, a programme, or its fields with their labels. */
    private String inline(JsonNode node) {
        if (node.has("line1")) {
            return address(json.treeToValue(node, Address.class));
        }
        if (node.has("givenName")) {
            StringJoiner person = new StringJoiner(", ");
            person.add(node.path("givenName").asString() + " " + node.path("familyName").asString());
            node.properties().stream()
                    .filter(field -> field.getKey().equals("email") || field.getKey().equals("phone"))
                    .filter(field -> !field.getValue().isNull())
                    .forEach(field -> person.add(field.getValue().asString()));
            return person.toString();
        }
        if (node.has("standardReference")) {
            StringJoiner programme = new StringJoiner(", ");
            programme.add(node.path("standardReference").asString() + " version "
                    + node.path("standardVersion").asString());
            if (node.hasNonNull("option")) {
                programme.add(node.path("option").asString());
            }
            return programme.add(dateOrText(node.path("startDate").asString()) + " to "
                    + dateOrText(node.path("plannedEndDate").asString())).toString();
        }
        StringJoiner fields = new StringJoiner("; ");
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            fields.add(label(field.getKey()) + ": " + value(field.getKey(), field.getValue()));
        }
        return fields.toString();
    }

    private String dateOrText(String text) {
        if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                return date(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    private static String enumLabel(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                if (constant instanceof Grade grade) {
                    return grade.label();
                }
                if (constant instanceof ApprenticeStatus status) {
                    return status.label();
                }
                if (constant instanceof CircumstanceType circumstance) {
                    return circumstance.label();
                }
            }
        }
        return name;
    }

    /** A field's name as words: a known label, or its camelCase split, e.g. plannedEndDate → Planned end date. */
    static String label(String key) {
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
