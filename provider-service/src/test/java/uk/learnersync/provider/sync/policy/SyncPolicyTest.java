package uk.learnersync.provider.sync.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.policy.SyncPolicy.Decision;

class SyncPolicyTest {

    private final SyncPolicy seed = SyncPolicy.seedDefault();

    private static ChangeOrigin via(Channel channel) {
        return new ChangeOrigin("user:test", channel);
    }

    private static ChangeOrigin approved(AutomationType type) {
        return ChangeOrigin.automation("user:approver", type);
    }

    @Test
    void theTableHasEveryRuleOfRulesMdOnceAndNoOther() throws Exception {
        Path rules = Path.of("../docs/spec/RULES.md");
        if (!Files.exists(rules)) {
            rules = Path.of("docs/spec/RULES.md");
        }
        Matcher ids = Pattern.compile("^\\| ([A-Z]{2,3}-\\d) \\|", Pattern.MULTILINE).matcher(Files.readString(rules));
        Set<String> specified = ids.results().map(match -> match.group(1)).collect(Collectors.toSet());
        Set<String> tabled = RuleTable.SEED.stream().map(SyncRule::id).collect(Collectors.toSet());

        assertThat(RuleTable.SEED).hasSize(tabled.size());
        assertThat(tabled).isEqualTo(specified);
    }

    @Test
    void personalDetailsThroughThePagesOrTheApiSyncUnderTheirOwnRule() {
        assertThat(seed.decide(Trigger.SEX_CHANGED, via(Channel.API))).isEqualTo(sends("PD-1"));
        assertThat(seed.decide(Trigger.ETHNICITY_CHANGED, via(Channel.UI))).isEqualTo(sends("PD-2"));
        assertThat(seed.decide(Trigger.ULN_CHANGED, via(Channel.API))).isEqualTo(sends("PD-3"));
        assertThat(seed.decide(Trigger.PERSONAL_DETAILS_CHANGED, via(Channel.UI))).isEqualTo(sends("PD-4"));
        assertThat(seed.decide(Trigger.SEX_CHANGED, via(Channel.IMPORT))).isEqualTo(sends("ILR-4"));
    }

    @Test
    void fanOutRulesAreChosenByChannel() {
        assertThat(seed.decide(Trigger.CASE_OWNER_DETAILS_CHANGED, via(Channel.UI))).isEqualTo(sends("CO-1"));
        assertThat(seed.decide(Trigger.CASE_OWNER_DETAILS_CHANGED, via(Channel.API))).isEqualTo(sends("CO-2"));
        assertThat(seed.decide(Trigger.EMPLOYER_ADDRESS_DETAILS_CHANGED, via(Channel.UI))).isEqualTo(sends("EM-2"));
        assertThat(seed.decide(Trigger.EMPLOYER_ADDRESS_DETAILS_CHANGED, via(Channel.API))).isEqualTo(sends("EM-3"));
        assertThat(RuleTable.byId("EM-3").orElseThrow().fanOut()).isTrue();
    }

    @Test
    void automationsAreToldApartByTheirTracker() {
        assertThat(seed.decide(Trigger.MANAGER_REPLACED, approved(AutomationType.CHANGE_OF_EMPLOYER))).isEqualTo(sends("MG-5"));
        assertThat(seed.decide(Trigger.MANAGER_REPLACED, approved(AutomationType.CHANGE_OF_WORKING_CONDITIONS))).isEqualTo(sends("MG-6"));
        assertThat(seed.decide(Trigger.EMPLOYER_REPLACED, approved(AutomationType.CHANGE_OF_EMPLOYER))).isEqualTo(sends("EM-5"));
        assertThat(seed.decide(Trigger.BREAK_IN_LEARNING, approved(AutomationType.BREAK_IN_LEARNING))).isEqualTo(sends("CC-1"));
    }

    @Test
    void programmeDatesSyncOnlyFromEditProgrammeDetailsByDefault() {
        assertThat(seed.decide(Trigger.PROGRAMME_START_DATE_CHANGED, via(Channel.UI))).isEqualTo(sends("PG-1"));
        assertThat(seed.decide(Trigger.PROGRAMME_PLANNED_END_DATE_CHANGED, via(Channel.UI))).isEqualTo(sends("PG-2"));
        assertThat(seed.decide(Trigger.PROGRAMME_START_DATE_CHANGED, via(Channel.API))).isEqualTo(skips("PG-4"));
        assertThat(seed.decide(Trigger.EPA_PERIOD_CHANGED, via(Channel.UI))).isEqualTo(skips("PG-3"));
    }

    @Test
    void aProviderMayWidenProgrammeDatesToTheApi() {
        SyncPolicy widened = new SyncPolicy(Map.of("PG-4", Set.of(Channel.API)));

        assertThat(widened.decide(Trigger.PROGRAMME_START_DATE_CHANGED, via(Channel.API))).isEqualTo(sends("PG-4"));
        assertThat(widened.decide(Trigger.PROGRAMME_START_DATE_CHANGED, via(Channel.IMPORT))).isEqualTo(skips("PG-4"));
    }

    @Test
    void manualChangesOfCircumstanceAreSkippedUnderCc5UnlessWidened() {
        assertThat(seed.decide(Trigger.WITHDRAWAL, via(Channel.MANUAL))).isEqualTo(skips("CC-5"));
        assertThat(new SyncPolicy(Map.of("CC-5", Set.of(Channel.MANUAL))).decide(Trigger.WITHDRAWAL, via(Channel.MANUAL)))
                .isEqualTo(sends("CC-5"));
    }

    @Test
    void rulesThatNeverSendCannotBeWidened() {
        assertThatThrownBy(() -> new SyncPolicy(Map.of("PG-3", Set.of(Channel.API))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncPolicy(Map.of("RG-2", Set.of(Channel.UI))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(seed.decide(Trigger.REGISTERED_MANUALLY, via(Channel.API))).isEqualTo(skips("RG-2"));
    }

    @Test
    void EM_4_aManualChangeOfEmployerSyncsUnderEm4AndNoRuleSpeaksForTheManagerItBrings() {
        assertThat(seed.decide(Trigger.EMPLOYER_REPLACED, via(Channel.MANUAL))).isEqualTo(sends("EM-4"));
        assertThat(seed.decide(Trigger.MANAGER_REPLACED, via(Channel.MANUAL))).isEmpty();
    }

    @Test
    void ILR_3_personalDetailsChangedByAnApprovedTrackerSyncUnderIlr3() {
        assertThat(seed.decide(Trigger.PERSONAL_DETAILS_CHANGED, approved(AutomationType.CHANGE_OF_PERSONAL_DETAILS)))
                .isEqualTo(sends("ILR-3"));
        assertThat(seed.decide(Trigger.SEX_CHANGED, approved(AutomationType.CHANGE_OF_PERSONAL_DETAILS)))
                .isEqualTo(sends("ILR-3"));
    }

    @Test
    void engineGuaranteesAreInTheTableButNoChangeSelectsThem() {
        for (Trigger trigger : Trigger.values()) {
            for (Channel channel : Channel.values()) {
                if (channel != Channel.AUTOMATION) {
                    seed.decide(trigger, via(channel)).ifPresent(decision ->
                            assertThat(decision.rule().id()).doesNotStartWith("CV-1").doesNotStartWith("TW-"));
                }
            }
        }
        assertThat(RuleTable.rule("CV-4").neverSends()).isTrue();
    }

    private static Optional<Decision> sends(String ruleId) {
        return Optional.of(new Decision(RuleTable.rule(ruleId), true));
    }

    private static Optional<Decision> skips(String ruleId) {
        return Optional.of(new Decision(RuleTable.rule(ruleId), false));
    }
}
