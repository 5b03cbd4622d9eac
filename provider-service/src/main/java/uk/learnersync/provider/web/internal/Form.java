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
 * <p>
 * An edit form also carries, in hidden {@code was.<field>} inputs (fragment {@code shown}), the values
 * it showed, so that saving applies only what the person changed onto the record as it is then: a
 * three-way merge, which keeps another person's change to a field this one did not touch (CV-6).
 */
public final class Form {

    private static final String SHOWN = "was.";

    private final Map<String, String> labels;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> shown = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<String> dateFields = new HashSet<>();

    private Form(Map<String, String> labels) {
        this.labels = labels;
    }

    /** An empty form whose fields are shown to users by {@code labels} (field name to label). */
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
