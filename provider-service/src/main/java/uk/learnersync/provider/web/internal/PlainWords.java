package uk.learnersync.provider.web.internal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.learners.Sex;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.Reconciliation;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.sync.policy.RuleTable;
import uk.learnersync.provider.sync.policy.SyncAction;
import uk.learnersync.provider.sync.policy.SyncRule;

/**
 * The words staff read for the sync engine's codes, for the templates as {@code @words}: what a rule
 * means (its ID is shown beside it, small, for those who look it up), how a change came in, what was
 * sent and how it went. A code the pages do not know yet is shown as words made from it.
 */
@Component("words")
public class PlainWords {

    private static final Map<String, String> CHANNELS = Map.of(
            Channel.UI.name(), "in LearnerSync",
            Channel.API.name(), "through the API",
            Channel.AUTOMATION.name(), "by an approved request",
            Channel.MANUAL.name(), "applied directly, without approval",
            Channel.IMPORT.name(), "from an ILR file",
            Channel.READ_BACK.name(), "on the EPA platform, read back",
            Channel.RECONCILIATION.name(), "by a reconciliation's repair");

    private static final Map<String, String> CHANNEL_NAMES = Map.of(
            Channel.UI.name(), "LearnerSync pages",
            Channel.API.name(), "API",
            Channel.AUTOMATION.name(), "Approved requests",
            Channel.MANUAL.name(), "Direct changes",
            Channel.IMPORT.name(), "ILR files",
            Channel.READ_BACK.name(), "Read back from EPA platforms",
            Channel.RECONCILIATION.name(), "Reconciliation repairs");

    private static final Map<TaskStatus, String> STATUSES = Map.of(
            TaskStatus.PENDING, "Waiting to be sent",
            TaskStatus.RETRYING, "Trying again",
            TaskStatus.DELIVERED, "Sent",
            TaskStatus.BLOCKED, "Blocked",
            TaskStatus.SKIPPED, "Not sent",
            TaskStatus.REFUSED, "Refused by the EPA platform");

    private static final Map<TaskStatus, String> STATUS_TAGS = Map.of(
            TaskStatus.PENDING, "govuk-tag--yellow",
            TaskStatus.RETRYING, "govuk-tag--yellow",
            TaskStatus.DELIVERED, "govuk-tag--green",
            TaskStatus.BLOCKED, "govuk-tag--red",
            TaskStatus.REFUSED, "govuk-tag--red");

    private static final Map<SyncAction, String> ACTIONS = Map.ofEntries(
            Map.entry(SyncAction.REGISTER, "Registered with the learner's whole record"),
            Map.entry(SyncAction.UPDATE_LEARNER_DETAILS, "Personal details updated"),
            Map.entry(SyncAction.UPDATE_EMPLOYER, "Employer and workplace updated"),
            Map.entry(SyncAction.UPDATE_EMPLOYER_CONTACT, "Manager updated"),
            Map.entry(SyncAction.UPDATE_TUTOR, "Case owner updated"),
            Map.entry(SyncAction.UPDATE_PROGRAMME_DATES, "Programme dates updated"),
            Map.entry(SyncAction.UPDATE_PROGRAMME, "Programme's standard updated"),
            Map.entry(SyncAction.RECORD_CIRCUMSTANCE, "Change of circumstance recorded"),
            Map.entry(SyncAction.CHANGE_PROGRAMME, "Old programme stopped and new one started"),
            Map.entry(SyncAction.WITHDRAW_FROM_CONNECTION, "Withdrawn from the organisation the learner left"),
            Map.entry(SyncAction.NOTHING, "Nothing to send"));

    /** The statuses an EPA platform gives a record (epaPRO's), as its EPAO's staff call them. */
    private static final Map<String, String> PLATFORM_STATUSES = Map.of(
            "ON_PROGRAMME", "On programme",
            "SUSPENDED", "Break in learning",
            "BACK_INTO_LEARNING", "Back into learning",
            "RETAKE_REVIEW", "Retake or resit under review",
            "WITHDRAWN", "Withdrawn",
            "CANCELLED", "Cancelled",
            "COMPLETED", "Completed",
            "CERTIFIED", "Certificate issued");

    /** A reconciliation's field paths in the platform's record: the part of the record, then the field. */
    private static final Map<String, String> RECORD_PARTS = Map.of("learner", "", "employer", "Employer's ",
            "employerContact", "Manager's ", "tutor", "Case owner's ", "programme", "Programme's ");

    private static final Map<String, String> RECORD_FIELDS = Map.ofEntries(
            Map.entry("uln", "ULN"), Map.entry("givenNames", "given names"), Map.entry("givenName", "given name"),
            Map.entry("familyName", "family name"), Map.entry("dateOfBirth", "date of birth"),
            Map.entry("sex", "gender"), Map.entry("email", "email address"), Map.entry("phone", "telephone number"),
            Map.entry("address.line1", "address line 1"), Map.entry("address.line2", "address line 2"),
            Map.entry("address.line3", "address line 3"), Map.entry("address.town", "town or city"),
            Map.entry("address.postcode", "postcode"), Map.entry("standardCode", "standard (LARS code)"),
            Map.entry("standardVersion", "standard version"), Map.entry("startDate", "start date"),
            Map.entry("plannedEndDate", "planned end date"));

    private final GovukFormat govuk;

    PlainWords(GovukFormat govuk) {
        this.govuk = govuk;
    }

    /** What a rule means, e.g. PD-1 as "Sex (gender) changed". */
    public String rule(String ruleId) {
        return RuleTable.byId(ruleId).map(SyncRule::summary).orElse(ruleId);
    }

    /** How a change came in, to follow its verb: "changed in LearnerSync". */
    public String channel(Object channel) {
        return channel == null ? "" : CHANNELS.getOrDefault(channel.toString(), govuk.words(channel).toLowerCase());
    }

    /** A channel on its own, with its code for those who read RULES.md: "LearnerSync pages (UI)". */
    public String channelName(Object channel) {
        String name = CHANNEL_NAMES.getOrDefault(channel.toString(), govuk.words(channel));
        return name.equals(channel.toString()) ? name : name + " (" + channel + ")";
    }

    public String status(TaskStatus status) {
        return STATUSES.getOrDefault(status, govuk.words(status));
    }

    /** The GOV.UK tag colour of a task's status. */
    public String statusTag(TaskStatus status) {
        return STATUS_TAGS.getOrDefault(status, "govuk-tag--grey");
    }

    public String action(SyncAction action) {
        return ACTIONS.getOrDefault(action, govuk.words(action));
    }

    /** A record's status on an EPA platform, as the platform reports it (ON_PROGRAMME, SUSPENDED...). */
    public String platformStatus(Object status) {
        return status == null ? "Not known yet" : PLATFORM_STATUSES.getOrDefault(status.toString(), govuk.words(status));
    }

    /** An end-point assessment grade as an EPA platform names it: PASS as "Pass". */
    public String grade(String grade) {
        return grade == null ? "No result yet" : govuk.words(grade);
    }

    /**
     * What a reconciliation found for one field, as a sentence: the field of the platform's record (a
     * manager's email address, the programme's start date) and what it holds where it should hold another.
     */
    public String difference(Reconciliation.Difference difference) {
        if (difference.field().equals("record")) {
            return "The EPA platform no longer has the learner's record";
        }
        if (difference.field().equals("status")) {
            return "Status on the EPA platform is " + platformStatus(difference.actual()).toLowerCase()
                    + "; it should be " + platformStatus(difference.expected()).toLowerCase();
        }
        int dot = difference.field().indexOf('.');
        String part = RECORD_PARTS.getOrDefault(difference.field().substring(0, dot), "");
        String field = difference.field().substring(dot + 1);
        String name = part + RECORD_FIELDS.getOrDefault(field, govuk.words(field).toLowerCase());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " on the EPA platform is "
                + value(field, difference.actual()) + "; it should be " + value(field, difference.expected());
    }

    /** A value a reconciliation compared, quoted, or "empty"; a date the UK way and a gender in words. */
    private String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "empty";
        }
        if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return govuk.date(LocalDate.parse(value));
        }
        if (field.equals("sex") && (value.equals("F") || value.equals("M"))) {
            return Sex.of(value).description().toLowerCase();
        }
        return "“" + value + "”";
    }
}
