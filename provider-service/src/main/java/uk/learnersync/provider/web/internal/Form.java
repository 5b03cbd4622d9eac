package uk.learnersync.provider.web.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

/**
 * A form as the user filled it in, and what was wrong with it: each error sits beside its field and
 * in the error summary, which links to the field. Fields are named as the API names them, so the
 * application services' field errors land on the right input with the API's own message.
 * <p>
 * An edit form also carries, in hidden {@code was.<field>} inputs (fragment {@code shown}), the values
 * it showed, so that saving applies only what the person changed onto the record as it is then: a
 * three-way merge, which keeps another person's change to a field this one did not touch (CV-6).
 * <p>
 * Messages follow the GOV.UK Design System: a missing answer is "Enter the …" or "Select the …", a date that
 * is not one says which part is wrong, ISO dates in a service's message are written the UK way, and
 * the error summary lists the errors in the order of the fields on the page.
 */
public final class Form {

    private static final String SHOWN = "was.";
    private static final Pattern ISO_DATE = Pattern.compile("\\b([0-9]{4})-([0-9]{2})-([0-9]{2})\\b");
    private static final List<String> DATE_PARTS = List.of("day", "month", "year");

    /** Fields answered by choosing (radios, selects, a file): missing, they are "Select the …". */
    private static final Set<String> CHOICES = Set.of("sex", "ethnicity", "roles", "file", "caseOwnerId", "managerId",
            "employerId", "employerAddressId", "details.programmeId", "details.withdrawReason", "details.option",
            "details.employerAddressId", "details.managerId", "type");

    private final Map<String, String> labels;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> shown = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<String> dateFields = new HashSet<>();

    private Form(Map<String, String> labels) {
        this.labels = labels;
    }

    /** Field names and their labels, in the order the page shows the fields: {@code labels("uln", "ULN", ...)}. */
    static Map<String, String> labels(String... fieldsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndLabels.length; i += 2) {
            labels.put(fieldsAndLabels[i], fieldsAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }

    /** An empty form whose fields are shown to users by {@code labels} (field name to label, in page order). */
    static Form blank(Map<String, String> labels) {
        return new Form(labels);
    }

    /** The form as posted, with the values it showed apart from those entered. */
    static Form posted(Map<String, String> labels, Map<String, String> parameters) {
        Form form = new Form(labels);
        parameters.forEach((name, value) -> {
            if (name.startsWith(SHOWN)) {
                form.shown.put(name.substring(SHOWN.length()), value);
            } else {
                form.values.put(name, value);
            }
        });
        return form;
    }

    /** Fills in a field with the record's current value, which the form then shows. */
    Form with(String field, Object value) {
        String text = value == null ? "" : value.toString();
        values.put(field, text);
        shown.put(field, text);
        return this;
    }

    /** Fills in the day, month and year inputs of a date field. */
    Form withDate(String field, LocalDate date) {
        dateFields.add(field);
        with(field + "-day", date == null ? null : date.getDayOfMonth());
        with(field + "-month", date == null ? null : date.getMonthValue());
        return with(field + "-year", date == null ? null : date.getYear());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, Object value) {
        return value != null && value.toString().equals(values.get(field));
    }

    /** The entered text, {@code null} when blank, as the services expect an absent value. */
    String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value;
    }

    /** A whole number, {@code null} when blank; anything else is an error on the field, as in the API. */
    Integer number(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            reject(field, "must be a whole number");
            return null;
        }
    }

    /**
     * The date given as day, month and year; {@code null} when all three are blank, or after recording
     * an error on the field when they are not a real date (the service then refuses the missing date
     * too, so nothing is stored). The error says which part is missing, as GOV.UK's date input does.
     */
    LocalDate date(String field) {
        dateFields.add(field);
        List<String> missing = DATE_PARTS.stream().filter(part -> text(field + "-" + part) == null).toList();
        if (missing.size() == DATE_PARTS.size()) {
            return null;
        }
        if (!missing.isEmpty()) {
            reject(field, "must include a " + String.join(" and a ", missing));
            return null;
        }
        try {
            String year = text(field + "-year").strip();
            if (year.length() != 4) {
                reject(field, "must include a year with 4 numbers, for example 2025");
                return null;
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(text(field + "-month").strip()),
                    Integer.parseInt(text(field + "-day").strip()));
        } catch (DateTimeException | NumberFormatException e) {
            reject(field, "must be a real date");
            return null;
        }
    }

    /** {@link #date}, and "Enter …" when the date is left blank, for a date the change cannot do without. */
    LocalDate requiredDate(String field) {
        LocalDate date = date(field);
        if (date == null && !hasError(field)) {
            reject(field, "is required");
        }
        return date;
    }

    /** The values the form showed, field → value, for its hidden {@code was.<field>} inputs. */
    public Map<String, String> shown() {
        return shown;
    }

    /**
     * The field merged onto {@code current}, the record's value now: what the person entered if they
     * changed it from what the form showed, else {@code current}. A form that did not say what it
     * showed counts every field as changed.
     */
    String merged(String field, Object current) {
        return changed(field) ? text(field) : current == null ? null : current.toString();
    }

    /** {@link #merged} for a whole number, checked as {@link #number}. */
    Integer mergedNumber(String field, Integer current) {
        return changed(field) ? number(field) : current;
    }

    /** {@link #merged} for a date, checked as {@link #date}: a change of its day, month or year changes it. */
    LocalDate mergedDate(String field, LocalDate current) {
        boolean changed = changed(field + "-day") || changed(field + "-month") || changed(field + "-year");
        return changed ? date(field) : current;
    }

    /** Whether the person changed the field from what the form showed; an absent input is blank. */
    boolean changed(String field) {
        String was = shown.get(field);
        return was == null || !was.equals(values.getOrDefault(field, ""));
    }

    /**
     * Records an error given in the API's words after the field's label, e.g. {@code must be a real
     * date}; a missing answer ({@code is required}) becomes GOV.UK's "Enter the …" or "Select the …".
     */
    void reject(String field, String message) {
        String label = labels.getOrDefault(field, field);
        errors.putIfAbsent(field, message.equals("is required") || message.equals("must not be blank")
                ? (CHOICES.contains(field) ? "Select the " : "Enter the ") + lowerFirst(label)
                : label + " " + ukDates(message));
    }

    /** "Given names" within a sentence is "given names"; an initialism such as "ULN" or "EPA period" stays. */
    private static String lowerFirst(String label) {
        return label.length() > 1 && Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** A service's message with its ISO dates written as the pages write dates (1 September 2025). */
    private static String ukDates(String message) {
        return ISO_DATE.matcher(message).replaceAll(match -> {
            try {
                return GovukFormat.DATE.format(LocalDate.parse(match.group()));
            } catch (DateTimeException e) {
                return match.group();
            }
        });
    }

    /** Records an error that is a sentence of its own, such as a refusal of the whole change. */
    void rejectWith(String field, String sentence) {
        errors.putIfAbsent(field, ukDates(sentence));
    }

    /** Puts each of a service's field errors beside its field; the first error of a field wins. */
    Form reject(InvalidInputException refusal) {
        for (FieldError error : refusal.errors()) {
            reject(error.field(), error.message());
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The error of a field as a sentence, e.g. "Email address must be an email address such as ...". */
    public String error(String field) {
        return errors.get(field);
    }

    /**
     * Every error, in the order of the fields on the page (a field the labels do not name comes last),
     * with the ID of the input it is about: a date's first part that is missing or wrong.
     */
    public List<Problem> problems() {
        List<String> order = new ArrayList<>(labels.keySet());
        List<Problem> problems = new ArrayList<>();
        errors.keySet().stream()
                .sorted(Comparator.comparingInt(field -> order.contains(field) ? order.indexOf(field) : order.size()))
                .forEach(field -> problems.add(new Problem(inputOf(field), error(field))));
        return problems;
    }

    /** The input an error summary's link goes to: for a date, its first part left blank, else its day. */
    private String inputOf(String field) {
        if (!dateFields.contains(field)) {
            return field;
        }
        return DATE_PARTS.stream().filter(part -> text(field + "-" + part) == null).findFirst()
                .map(part -> field + "-" + part).orElse(field + "-day");
    }

    /** One entry of the error summary. */
    public record Problem(String inputId, String text) {
    }
}
