package uk.learnersync.provider.sync.policy;

import static uk.learnersync.provider.shared.AutomationType.BREAK_IN_LEARNING;
import static uk.learnersync.provider.shared.AutomationType.CHANGE_OF_EMPLOYER;
import static uk.learnersync.provider.shared.AutomationType.CHANGE_OF_PROGRAMME;
import static uk.learnersync.provider.shared.AutomationType.CHANGE_OF_WORKING_CONDITIONS;
import static uk.learnersync.provider.shared.AutomationType.RETURN_TO_LEARNING;
import static uk.learnersync.provider.shared.AutomationType.WITHDRAWAL;
import static uk.learnersync.provider.shared.Channel.API;
import static uk.learnersync.provider.shared.Channel.AUTOMATION;
import static uk.learnersync.provider.shared.Channel.IMPORT;
import static uk.learnersync.provider.shared.Channel.MANUAL;
import static uk.learnersync.provider.shared.Channel.UI;
import static uk.learnersync.provider.sync.policy.SyncAction.CHANGE_PROGRAMME;
import static uk.learnersync.provider.sync.policy.SyncAction.NOTHING;
import static uk.learnersync.provider.sync.policy.SyncAction.RECORD_CIRCUMSTANCE;
import static uk.learnersync.provider.sync.policy.SyncAction.REGISTER;
import static uk.learnersync.provider.sync.policy.SyncAction.UPDATE_EMPLOYER;
import static uk.learnersync.provider.sync.policy.SyncAction.UPDATE_EMPLOYER_CONTACT;
import static uk.learnersync.provider.sync.policy.SyncAction.UPDATE_LEARNER_DETAILS;
import static uk.learnersync.provider.sync.policy.SyncAction.UPDATE_PROGRAMME;
import static uk.learnersync.provider.sync.policy.SyncAction.UPDATE_PROGRAMME_DATES;
import static uk.learnersync.provider.sync.policy.SyncAction.UPDATE_TUTOR;
import static uk.learnersync.provider.sync.policy.SyncAction.WITHDRAW_FROM_CONNECTION;
import static uk.learnersync.provider.sync.policy.Trigger.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.Channel;

/**
 * The seed's rules (spec/RULES.md) as data: one row per rule ID, read top to bottom; the first row
 * that covers a change and syncs on its channel decides. A provider widens a rule by adding channels
 * (see {@link SyncPolicy}); that is configuration, not code.
 */
public final class RuleTable {

    private static final Set<Channel> EVERY_CHANNEL = Channel.OF_CHANGES;
    private static final Set<Trigger> LEARNER_DETAILS = Set.of(PERSONAL_DETAILS_CHANGED, SEX_CHANGED, ETHNICITY_CHANGED, ULN_CHANGED);
    private static final Set<Trigger> CIRCUMSTANCES = Set.of(Trigger.BREAK_IN_LEARNING, Trigger.RETURN_TO_LEARNING, Trigger.WITHDRAWAL, Trigger.CHANGE_OF_PROGRAMME);
    private static final Set<Trigger> PROGRAMME_DATES = Set.of(PROGRAMME_START_DATE_CHANGED, PROGRAMME_PLANNED_END_DATE_CHANGED);
    private static final Set<Trigger> PROGRAMME_MOVES = Set.of(MOVED_TO_UNCONNECTED_EPAO, MOVED_TO_CONNECTED_EPAO_FROM_MANUAL,
            MOVED_TO_OTHER_CONNECTION, MOVED_TO_PROGRAMME_ON_SAME_CONNECTION, OPTION_CHANGED_ON_SAME_CONNECTION);
    private static final Set<Channel> PROGRAMME_MOVE_CHANNELS = Set.of(UI, API, AUTOMATION, IMPORT);

    //        ID       when                                  through (seed default)                 by tracker                          then                      summary
    public static final List<SyncRule> SEED = List.of(
            row("RG-1", Set.of(REGISTERED_THROUGH_CONNECTION), EVERY_CHANNEL,                        none(),                             REGISTER,                 "Registered through the connection: the full record is sent"),
            row("RG-2", Set.of(REGISTERED_MANUALLY),           EVERY_CHANNEL,                        none(),                             NOTHING,                  "Registered manually: nothing is sent"),
            row("PD-1", Set.of(SEX_CHANGED),                   Set.of(UI, API),                      none(),                             UPDATE_LEARNER_DETAILS,   "Sex (gender) changed"),
            row("PD-2", Set.of(ETHNICITY_CHANGED),             Set.of(UI, API),                      none(),                             UPDATE_LEARNER_DETAILS,   "Ethnicity changed"),
            row("PD-3", Set.of(ULN_CHANGED),                   Set.of(UI, API),                      none(),                             UPDATE_LEARNER_DETAILS,   "ULN changed"),
            row("PD-4", Set.of(PERSONAL_DETAILS_CHANGED),      Set.of(UI, API),                      none(),                             UPDATE_LEARNER_DETAILS,   "Names, date of birth or email changed"),
            row("ILR-1", LEARNER_DETAILS,                      Set.of(UI),                           none(),                             UPDATE_LEARNER_DETAILS,   "ILR details changed in the pages"),
            row("ILR-2", LEARNER_DETAILS,                      Set.of(API),                          none(),                             UPDATE_LEARNER_DETAILS,   "ILR details changed through the API"),
            row("ILR-3", LEARNER_DETAILS,                      Set.of(AUTOMATION),                   none(),                             UPDATE_LEARNER_DETAILS,   "ILR details changed by an approved automation"),
            row("ILR-4", LEARNER_DETAILS,                      Set.of(IMPORT),                       none(),                             UPDATE_LEARNER_DETAILS,   "ILR details changed by an ILR file"),
            fan("CO-1", Set.of(CASE_OWNER_DETAILS_CHANGED),    Set.of(UI),                           none(),                             UPDATE_TUTOR,             "Case owner's details changed in the pages: every linked learner"),
            fan("CO-2", Set.of(CASE_OWNER_DETAILS_CHANGED),    Set.of(API),                          none(),                             UPDATE_TUTOR,             "Case owner's details changed through the API: every linked learner"),
            row("CO-3", Set.of(CASE_OWNER_REPLACED),           Set.of(UI),                           none(),                             UPDATE_TUTOR,             "Learner's case owner replaced in the pages"),
            row("CO-4", Set.of(CASE_OWNER_REPLACED),           Set.of(API),                          none(),                             UPDATE_TUTOR,             "Learner's case owner replaced through the API"),
            fan("MG-1", Set.of(MANAGER_DETAILS_CHANGED),       Set.of(UI),                           none(),                             UPDATE_EMPLOYER_CONTACT,  "Manager's details changed in the pages: every linked learner"),
            fan("MG-2", Set.of(MANAGER_DETAILS_CHANGED),       Set.of(API),                          none(),                             UPDATE_EMPLOYER_CONTACT,  "Manager's details changed through the API: every linked learner"),
            row("MG-3", Set.of(MANAGER_REPLACED),              Set.of(UI),                           none(),                             UPDATE_EMPLOYER_CONTACT,  "Learner's manager replaced in the pages"),
            row("MG-4", Set.of(MANAGER_REPLACED),              Set.of(API, IMPORT),                  none(),                             UPDATE_EMPLOYER_CONTACT,  "Learner's manager replaced through the API"),
            row("MG-5", Set.of(MANAGER_REPLACED),              Set.of(AUTOMATION),                   Set.of(CHANGE_OF_EMPLOYER),         UPDATE_EMPLOYER_CONTACT,  "Manager replaced by an approved Change of employer"),
            row("MG-6", Set.of(MANAGER_REPLACED),              Set.of(AUTOMATION),                   Set.of(CHANGE_OF_WORKING_CONDITIONS), UPDATE_EMPLOYER_CONTACT, "Manager replaced by an approved Change of working conditions"),
            fan("EM-1", Set.of(EMPLOYER_DETAILS_CHANGED),      Set.of(UI),                           none(),                             UPDATE_EMPLOYER,          "Employer changed in the pages: every linked learner"),
            fan("EM-2", Set.of(EMPLOYER_ADDRESS_DETAILS_CHANGED), Set.of(UI),                        none(),                             UPDATE_EMPLOYER,          "Employer address changed in the pages: every learner at it"),
            fan("EM-3", Set.of(EMPLOYER_DETAILS_CHANGED, EMPLOYER_ADDRESS_DETAILS_CHANGED), Set.of(API), none(),                        UPDATE_EMPLOYER,          "Employer or address changed through the API: every linked learner"),
            row("EM-4", Set.of(EMPLOYER_REPLACED),             Set.of(UI, API, MANUAL, IMPORT),      none(),                             UPDATE_EMPLOYER,          "Learner's employer or address replaced (any channel but an automation)"),
            row("EM-5", Set.of(EMPLOYER_REPLACED),             Set.of(AUTOMATION),                   Set.of(CHANGE_OF_EMPLOYER),         UPDATE_EMPLOYER,          "Employer replaced by an approved Change of employer"),
            row("EM-6", Set.of(EMPLOYER_REPLACED),             Set.of(AUTOMATION),                   Set.of(CHANGE_OF_WORKING_CONDITIONS), UPDATE_EMPLOYER,        "Employer address replaced by an approved Change of working conditions"),
            row("PG-1", Set.of(PROGRAMME_START_DATE_CHANGED),  Set.of(UI),                           none(),                             UPDATE_PROGRAMME_DATES,   "Start date changed on Edit Programme Details"),
            row("PG-2", Set.of(PROGRAMME_PLANNED_END_DATE_CHANGED), Set.of(UI),                      none(),                             UPDATE_PROGRAMME_DATES,   "Planned end date changed on Edit Programme Details"),
            row("PG-3", Set.of(EPA_PERIOD_CHANGED),            EVERY_CHANNEL,                        none(),                             NOTHING,                  "EPA period changed: never sent"),
            wide("PG-4", PROGRAMME_DATES,                      Set.of(API, AUTOMATION, IMPORT, MANUAL),                                  UPDATE_PROGRAMME_DATES,   "Programme dates changed elsewhere: sent only where the provider widened the rule"),
            row("CC-1", Set.of(Trigger.BREAK_IN_LEARNING),     Set.of(AUTOMATION),                   Set.of(BREAK_IN_LEARNING),          RECORD_CIRCUMSTANCE,      "Break in learning tracker processed"),
            row("CC-2", Set.of(Trigger.RETURN_TO_LEARNING),    Set.of(AUTOMATION),                   Set.of(RETURN_TO_LEARNING),         RECORD_CIRCUMSTANCE,      "Return to learning tracker processed"),
            row("CC-3", Set.of(Trigger.WITHDRAWAL),            Set.of(AUTOMATION),                   Set.of(WITHDRAWAL),                 RECORD_CIRCUMSTANCE,      "Withdrawal tracker processed"),
            row("CC-4", Set.of(Trigger.CHANGE_OF_PROGRAMME),   Set.of(AUTOMATION),                   Set.of(CHANGE_OF_PROGRAMME),        RECORD_CIRCUMSTANCE,      "Change of programme tracker processed"),
            wide("CC-5", CIRCUMSTANCES,                        Set.of(MANUAL, IMPORT),                                                   RECORD_CIRCUMSTANCE,      "Change of circumstance applied manually: nothing is sent"),
            row("PC-1", Set.of(MOVED_TO_UNCONNECTED_EPAO),     PROGRAMME_MOVE_CHANNELS,              none(),                             WITHDRAW_FROM_CONNECTION, "Moved to an EPAO without a connection: withdrawn from the old one, then registered manually"),
            row("PC-2", Set.of(MOVED_TO_CONNECTED_EPAO_FROM_MANUAL), PROGRAMME_MOVE_CHANNELS,        none(),                             NOTHING,                  "Manual learner moved to a connected EPAO: may now be registered"),
            row("PC-3", Set.of(MOVED_TO_OTHER_CONNECTION),     PROGRAMME_MOVE_CHANNELS,              none(),                             WITHDRAW_FROM_CONNECTION, "Moved to another connection: withdrawn there, registered on the new one"),
            row("PC-4", Set.of(MOVED_TO_PROGRAMME_ON_SAME_CONNECTION), PROGRAMME_MOVE_CHANNELS,      none(),                             CHANGE_PROGRAMME,         "Moved to another programme, same EPAO: old stopped, new started"),
            row("PC-5", Set.of(OPTION_CHANGED_ON_SAME_CONNECTION), PROGRAMME_MOVE_CHANNELS,          none(),                             CHANGE_PROGRAMME,         "Specialism changed, same EPAO: old stopped, new started"),
            engine("CV-1", "Changes queued for a learner who then moves: the old record withdrawn, the new one registered with current details"),
            engine("CV-2", "Credentials replaced or refused: registrations stay, deliveries wait on the connection, no learner is blocked"),
            engine("CV-3", "A blocked delivery is retried or skipped with a reason by a person; later changes then flow"),
            engine("CV-4", "A learner on a break, withdrawn or finished: the platform shows that status; a move restarts nothing"),
            fan("CV-5", Set.of(PROGRAMME_DEFINITION_CHANGED),  EVERY_CHANNEL,                        none(),                             UPDATE_PROGRAMME,         "Programme's standard or version changed: every learner on it"),
            engine("CV-6", "Two people change different fields of one record at once: both changes kept and synced"),
            engine("CV-7", "Any sequence of changes ends with the platforms holding what the reference model of these rules says"),
            engine("TW-1", "Gateway confirmed on the platform: shown on the learner; a change to a locked field ends REFUSED"),
            engine("TW-2", "Assessment result on the platform: shown, and an EPA outcome automation proposes the ILR completion"),
            engine("TW-3", "Withdrawn, cancelled or revoked on the platform's side: shown, and never undone by a delivery"),
            engine("TW-4", "Reconciliation: every registered record read back, differences listed and repaired on request"));

    private RuleTable() {
    }

    public static Optional<SyncRule> byId(String id) {
        return SEED.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** A rule the engine names itself; every ID it names is in the table. */
    public static SyncRule rule(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("No rule " + id));
    }

    /** The rules about a trigger, in table order. */
    static List<SyncRule> about(Trigger trigger, AutomationType automation) {
        return SEED.stream().filter(rule -> rule.covers(trigger, automation)).toList();
    }

    private static Set<AutomationType> none() {
        return Set.of();
    }

    /** A rule about one learner; it may be widened to every channel it does not cover yet. */
    private static SyncRule row(String id, Set<Trigger> triggers, Set<Channel> channels, Set<AutomationType> automations,
                                SyncAction action, String summary) {
        Set<Channel> widenable = action == NOTHING ? Set.of() : complement(channels);
        return new SyncRule(id, triggers, channels, automations, action, widenable, false, summary);
    }

    /** A rule that reaches every learner linked to the changed record. */
    private static SyncRule fan(String id, Set<Trigger> triggers, Set<Channel> channels, Set<AutomationType> automations,
                                SyncAction action, String summary) {
        return new SyncRule(id, triggers, channels, automations, action, complement(channels), true, summary);
    }

    /**
     * A guarantee of the engine rather than a reaction to one kind of change: no trigger selects it, the
     * engine names it where it acts (a skipped restart is logged under CV-4), and its test proves it.
     */
    private static SyncRule engine(String id, String summary) {
        return new SyncRule(id, Set.of(), EVERY_CHANNEL, Set.of(), NOTHING, Set.of(), false, summary);
    }

    /** A rule that sends nothing by default, and that a provider may switch on for the given channels. */
    private static SyncRule wide(String id, Set<Trigger> triggers, Set<Channel> widenableTo, SyncAction action,
                                 String summary) {
        return new SyncRule(id, triggers, Set.of(), Set.of(), action, widenableTo, false, summary);
    }

    private static Set<Channel> complement(Set<Channel> channels) {
        EnumSet<Channel> rest = EnumSet.copyOf(Channel.OF_CHANGES);
        rest.removeAll(channels);
        return rest;
    }
}
