package uk.learnersync.provider.web.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

/**
 * A form as the user filled it in, and what was wrong with it: each error sits beside its field and
 * in the error summary, which links to the field. Fields are named as the API names them, so the
 * application services' field errors land on the right input with the API's own message.
 */
public final class Form {

    private final Map<String, String> labels;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<String> dateFields = new HashSet<>();

    private Form(Map<String, String> labels) {
        this.labels = labels;
    }

    /** An empty form whose fields are shown to users by {@code labels} (field name to label). */
    static Form blank(Map<String, String> labels) {
        return new Form(labels);
    }

    /** The form as posted. */
    static Form posted(Map<String, String> labels, Map<String, String> parameters) {
        Form form = new Form(labels);
        form.values.putAll(parameters);
        return form;
    }

    /** Fills in a field, e.g. with the record's current value. */
    Form with(String field, Object value) {
        values.put(field, value == null ? "" : value.toString());
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
     * too, so nothing is stored).
     */
    LocalDate date(String field) {
        dateFields.add(field);
        String day = text(field + "-day");
        String month = text(field + "-month");
        String year = text(field + "-year");
        if (day == null && month == null && year == null) {
            return null;
        }
        try {
            if (day == null || month == null || year == null || year.strip().length() != 4) {
                throw new DateTimeException("incomplete");
            }
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (DateTimeException | NumberFormatException e) {
            reject(field, "must be a real date, with a day, a month and a 4-digit year");
            return null;
        }
    }

    /** Records an error in the API's words, e.g. {@code is required}, shown after the field's label. */
    void reject(String field, String message) {
        errors.putIfAbsent(field, labels.getOrDefault(field, field) + " " + message);
    }

    /** Records an error that is a sentence of its own, such as a refusal of the whole change. */
    void rejectWith(String field, String sentence) {
        errors.putIfAbsent(field, sentence);
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

    /** Every error, in the order found, with the ID of the input it is about (a date's day input). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        errors.keySet().forEach(field -> problems.add(new Problem(
                dateFields.contains(field) ? field + "-day" : field, error(field))));
        return problems;
    }

    /** One entry of the error summary. */
    public record Problem(String inputId, String text) {
    }
}
