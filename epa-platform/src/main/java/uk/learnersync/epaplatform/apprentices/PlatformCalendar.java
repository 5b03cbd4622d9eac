package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The platform's real clock: England's calendar decides which changes are effective today. */
public final class PlatformCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private PlatformCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Milliseconds are what the database keeps and what the answers show, so both agree. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
