package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.provider.support.SyncScenario;

/**
 * What an ILR file does to a registered learner's EPA records (ILR-4): a new assessment organisation for
 * the same standard is synced as through the API (PC-3), while a new standard is a change of programme,
 * which a file records as a manual one (CC-5).
 */
class IlrImportSyncTest extends EndToEndTest {

    /** ESFA's sample apprentice on standard 1 with EPA0175; the sample shares its ULN with every test's copy. */
    private static final String LEARNER = "StandLearn";
    private static final String SAMPLE_ULN = "1061487856";
    private static final String EPAO = "EPA0175";
    private static final String OTHER_EPAO = "EPA0176";

    private String file;
    private String learnerId;

    @BeforeEach
    void aRegisteredLearnerFromAFile() {
        file = sample().replace("<UKPRN>99999999</UKPRN>", "<UKPRN>" + ukprn + "</UKPRN>")
                .replace("<ULN>" + SAMPLE_ULN + "</ULN>", "<ULN>" + SyncScenario.nextUln() + "</ULN>");
        // Neither is in the shipped register: the file adds the first to the directory, the provider the second.
        importFile(file);
        api.post("/api/v1/epaos", Map.of("epaoId", OTHER_EPAO, "name", "Other Assessor")).expect(201);
        scenario.connectTo(EPAO);
        scenario.connectTo(OTHER_EPAO);
        learnerId = (String) api.get("/api/v1/learners?learnRefNumber=" + LEARNER).expect(200).items().get(0).get("id");
        scenario.register(learnerId);
        scenario.awaitSynced();
    }

    @Test
    void ILR_4_aFileThatChangesARegisteredLearnersEpaoMovesTheRegistrationAsTheApiWould() {
        importFile(file.replace("<EPAOrgID>" + EPAO + "</EPAOrgID>", "<EPAOrgID>" + OTHER_EPAO + "</EPAOrgID>"));
        scenario.awaitSynced();

        assertThat(scenario.platformRecord(EPAO, learnerId)).containsEntry("status", "WITHDRAWN");
        assertThat(scenario.platformRecord(OTHER_EPAO, learnerId)).containsEntry("status", "ON_PROGRAMME");
        assertThat(registration()).containsEntry("mode", "CONNECTED").containsEntry("epaoId", OTHER_EPAO);
        assertThat(scenario.syncLog(learnerId)).extracting(entry -> entry.get("ruleId") + " " + entry.get("channel")
                + " " + entry.get("status")).containsExactly("RG-1 API DELIVERED", "PC-3 IMPORT DELIVERED",
                "RG-1 IMPORT DELIVERED");
    }

    @Test
    void CC_5_aFileThatPutsARegisteredLearnerOnAnotherStandardIsAManualChangeOfProgrammeAndSendsNothing() {
        importFile(file.replaceFirst("<StdCode>1</StdCode>", "<StdCode>28</StdCode>")
                .replaceFirst("<StdCode>1</StdCode>", "<StdCode>28</StdCode>"));
        scenario.awaitSynced();

        Map<String, Object> record = scenario.platformRecord(EPAO, learnerId);
        assertThat(record).containsEntry("status", "ON_PROGRAMME");
        assertThat((List<?>) record.get("circumstances")).isEmpty();
        assertThat(scenario.syncLog(learnerId)).extracting(entry -> entry.get("ruleId") + " " + entry.get("status"))
                .containsExactly("RG-1 DELIVERED", "CC-5 SKIPPED");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> registration() {
        return (Map<String, Object>) api.get("/api/v1/learners/" + learnerId).expect(200).body().get("epaRegistration");
    }

    private void importFile(String xml) {
        api.sendRaw("POST", "/api/v1/ilr/imports", xml, "application/xml").expect(201);
    }

    private static String sample() {
        try (InputStream in = IlrImportSyncTest.class.getResourceAsStream("/ilr/ILR-99999999-2526-20250108-094401.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
