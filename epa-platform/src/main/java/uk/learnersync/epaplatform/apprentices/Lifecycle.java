package uk.learnersync.epaplatform.apprentices;

import static uk.learnersync.epaplatform.apprentices.ApprenticeStatus.BACK_INTO_LEARNING;
import static uk.learnersync.epaplatform.apprentices.ApprenticeStatus.CANCELLED;
import static uk.learnersync.epaplatform.apprentices.ApprenticeStatus.CERTIFIED;
import static uk.learnersync.epaplatform.apprentices.ApprenticeStatus.COMPLETED;
import static uk.learnersync.epaplatform.apprentices.ApprenticeStatus.ON_PROGRAMME;
import static uk.learnersync.epaplatform.apprentices.ApprenticeStatus.RETAKE_REVIEW;
import static uk.learnersync.epaplatform.apprentices.ApprenticeStatus.SUSPENDED;
import static uk.learnersync.epaplatform.apprentices.ApprenticeStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * epaPRO's statuses and the transitions between them, as one table: a transition that is not in it
 * is refused, with {@link RefusalCode#RECORD_CLOSED} when the record is closed (withdrawn,
 * cancelled, completed, certified: nothing may reopen it) and {@link RefusalCode#TRANSITION_NOT_ALLOWED}
 * otherwise. A result also needs a confirmed gateway, which the record knows, not its status.
 */
public final class Lifecycle {

    /** One allowed transition: {@code event} moves an apprentice in {@code from} to {@code to}. */
    public record Transition(ApprenticeStatus from, LifecycleEvent event, ApprenticeStatus to) {
    }

    public static final List<Transition> TRANSITIONS = List.of(
            //             from                event                                   to
            new Transition(ON_PROGRAMME,       LifecycleEvent.BREAK_IN_LEARNING,       SUSPENDED),
            // A return without a break still moves the planned end date.
            new Transition(ON_PROGRAMME,       LifecycleEvent.RETURN_TO_LEARNING,      ON_PROGRAMME),
            new Transition(ON_PROGRAMME,       LifecycleEvent.WITHDRAWAL,              WITHDRAWN),
            new Transition(ON_PROGRAMME,       LifecycleEvent.CANCELLATION,            CANCELLED),
            new Transition(ON_PROGRAMME,       LifecycleEvent.CHANGE_OF_PROGRAMME,     ON_PROGRAMME),
            new Transition(ON_PROGRAMME,       LifecycleEvent.PROGRAMME_STARTED,       ON_PROGRAMME),
            // Again: the EPAO corrects the gateway date.
            new Transition(ON_PROGRAMME,       LifecycleEvent.GATEWAY_CONFIRMED,       ON_PROGRAMME),
            new Transition(ON_PROGRAMME,       LifecycleEvent.PASSED,                  COMPLETED),
            new Transition(ON_PROGRAMME,       LifecycleEvent.FAILED,                  RETAKE_REVIEW),
            new Transition(ON_PROGRAMME,       LifecycleEvent.WITHDRAWN_BY_EPAO,       WITHDRAWN),

            new Transition(SUSPENDED,          LifecycleEvent.BREAK_IN_LEARNING,       SUSPENDED),
            new Transition(SUSPENDED,          LifecycleEvent.RETURN_TO_LEARNING,      ON_PROGRAMME),
            new Transition(SUSPENDED,          LifecycleEvent.WITHDRAWAL,              WITHDRAWN),
            new Transition(SUSPENDED,          LifecycleEvent.CANCELLATION,            CANCELLED),
            new Transition(SUSPENDED,          LifecycleEvent.CHANGE_OF_PROGRAMME,     SUSPENDED),
            new Transition(SUSPENDED,          LifecycleEvent.PROGRAMME_STARTED,       SUSPENDED),
            new Transition(SUSPENDED,          LifecycleEvent.WITHDRAWN_BY_EPAO,       WITHDRAWN),

            new Transition(BACK_INTO_LEARNING, LifecycleEvent.BREAK_IN_LEARNING,       SUSPENDED),
            new Transition(BACK_INTO_LEARNING, LifecycleEvent.RETURN_TO_LEARNING,      BACK_INTO_LEARNING),
            new Transition(BACK_INTO_LEARNING, LifecycleEvent.WITHDRAWAL,              WITHDRAWN),
            new Transition(BACK_INTO_LEARNING, LifecycleEvent.CANCELLATION,            CANCELLED),
            new Transition(BACK_INTO_LEARNING, LifecycleEvent.CHANGE_OF_PROGRAMME,     BACK_INTO_LEARNING),
            new Transition(BACK_INTO_LEARNING, LifecycleEvent.PROGRAMME_STARTED,       BACK_INTO_LEARNING),
            // The retake's new gateway.
            new Transition(BACK_INTO_LEARNING, LifecycleEvent.GATEWAY_CONFIRMED,       ON_PROGRAMME),
            new Transition(BACK_INTO_LEARNING, LifecycleEvent.WITHDRAWN_BY_EPAO,       WITHDRAWN),

            new Transition(RETAKE_REVIEW,      LifecycleEvent.BREAK_IN_LEARNING,       SUSPENDED),
            new Transition(RETAKE_REVIEW,      LifecycleEvent.RETURN_TO_LEARNING,      RETAKE_REVIEW),
            new Transition(RETAKE_REVIEW,      LifecycleEvent.WITHDRAWAL,              WITHDRAWN),
            new Transition(RETAKE_REVIEW,      LifecycleEvent.CANCELLATION,            CANCELLED),
            new Transition(RETAKE_REVIEW,      LifecycleEvent.CHANGE_OF_PROGRAMME,     RETAKE_REVIEW),
            new Transition(RETAKE_REVIEW,      LifecycleEvent.PROGRAMME_STARTED,       RETAKE_REVIEW),
            // A resit: assessed again on the same gateway.
            new Transition(RETAKE_REVIEW,      LifecycleEvent.PASSED,                  COMPLETED),
            new Transition(RETAKE_REVIEW,      LifecycleEvent.FAILED,                  RETAKE_REVIEW),
            new Transition(RETAKE_REVIEW,      LifecycleEvent.WITHDRAWN_BY_EPAO,       WITHDRAWN),
            // A retake: further learning, then a new gateway.
            new Transition(RETAKE_REVIEW,      LifecycleEvent.BACK_INTO_LEARNING,      BACK_INTO_LEARNING),

            // Closed records take nothing that would reopen them. A provider's own withdrawal after
            // the EPAO's, a cancellation of a record registered in error and the record of a change
            // of programme (which restarts nothing, RULES.md CV-4) do not.
            new Transition(WITHDRAWN,          LifecycleEvent.WITHDRAWAL,              WITHDRAWN),
            new Transition(WITHDRAWN,          LifecycleEvent.CANCELLATION,            CANCELLED),
            new Transition(WITHDRAWN,          LifecycleEvent.CHANGE_OF_PROGRAMME,     WITHDRAWN),
            new Transition(CANCELLED,          LifecycleEvent.CANCELLATION,            CANCELLED),
            // A grade changed on appeal.
            new Transition(COMPLETED,          LifecycleEvent.PASSED,                  COMPLETED),
            new Transition(COMPLETED,          LifecycleEvent.CERTIFIED,               CERTIFIED));

    private static final Map<ApprenticeStatus, Map<LifecycleEvent, ApprenticeStatus>> TABLE = index();

    private Lifecycle() {
    }

    /** The status {@code event} leads to from {@code from}, or empty when the table refuses it. */
    public static Optional<ApprenticeStatus> next(ApprenticeStatus from, LifecycleEvent event) {
        return Optional.ofNullable(TABLE.get(from).get(event));
    }

    /** The status {@code event} leads to from {@code from}; refuses a transition that is not in the table. */
    public static ApprenticeStatus require(ApprenticeStatus from, LifecycleEvent event) {
        return next(from, event).orElseThrow(() -> refusal(from, event));
    }

    /** The events that {@code from} allows, e.g. to offer only the actions that would be accepted. */
    public static Set<LifecycleEvent> allowedFrom(ApprenticeStatus from) {
        return Collections.unmodifiableSet(TABLE.get(from).keySet());
    }

    static Refusal refusal(ApprenticeStatus from, LifecycleEvent event) {
        String status = from.label().toLowerCase(Locale.ROOT);
        return from.isClosed()
                ? new Refusal(RefusalCode.RECORD_CLOSED,
                        "The record is closed (" + status + "): " + event.description() + " would reopen it")
                : new Refusal(RefusalCode.TRANSITION_NOT_ALLOWED,
                        capitalised(event.description()) + " is not allowed while the apprentice's status is "
                                + status);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Map<ApprenticeStatus, Map<LifecycleEvent, ApprenticeStatus>> index() {
        Map<ApprenticeStatus, Map<LifecycleEvent, ApprenticeStatus>> table = new EnumMap<>(ApprenticeStatus.class);
        for (ApprenticeStatus status : ApprenticeStatus.values()) {
            table.put(status, new EnumMap<>(LifecycleEvent.class));
        }
        for (Transition transition : TRANSITIONS) {
            if (table.get(transition.from()).put(transition.event(), transition.to()) != null) {
                throw new IllegalStateException("Two transitions for " + transition.from() + " on " + transition.event());
            }
        }
        return table;
    }
}
