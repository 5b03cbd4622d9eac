package uk.learnersync.provider.web.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.shared.Channel;
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
            Channel.IMPORT.name(), "from an ILR file");

    private static final Map<String, String> CHANNEL_NAMES = Map.of(
            Channel.UI.name(), "LearnerSync pages",
            Channel.API.name(), "API",
            Channel.AUTOMATION.name(), "Approved requests",
            Channel.MANUAL.name(), "Direct changes",
            Channel.IMPORT.name(), "ILR files");

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
}
