package uk.learnersync.provider.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Dates and times written the GOV.UK way (1 September 2025, 2:05pm), for the templates as {@code @govuk}. */
@Component("govuk")
public class GovukFormat {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The parts that are there, separated by commas: an address on one line. */
    public String joined(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    /** A code as words, e.g. {@code ON_BREAK} as "On break". */
    public String words(Object code) {
        if (code == null) {
            return "";
        }
        String words = code.toString().replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An instant in UK time, e.g. {@code 1 September 2025 at 2:05pm}. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(UK);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }
}
