package uk.learnersync.provider.epa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.learnersync.provider.epa.credentials.ConnectionCredentials;
import uk.learnersync.provider.epa.credentials.Credentials;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

class EpaConnectionApiTest extends ProviderServiceTest {

    private static final String TOKEN = "epa-platform-token-7Hq2";

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private EpaConnections connections;

    @Autowired
    private ConnectionCredentials credentials;

    private static Map<String, Object> connection(String epaoId) {
        return Map.of("epaoId", epaoId, "baseUrl", "https://epa.example.org/", "apiToken", TOKEN);
    }

    /** ILR 2026/27: an assessment organisation given by the UKPRN the register knows is that organisation. */
    @Test
    void aConnectionToAnAssessmentOrganisationGivenByItsUkprnIsToTheRegistersOrganisation() {
        Map<String, Object> created = api.post("/api/v1/epa-connections", connection("10022712")).expect(201).body();

        assertThat(created).containsEntry("epaoId", "EPA0001");
        assertThat(connections.forEpao(provider(), new EpaoId("EPA0001"))).isPresent();
        api.post("/api/v1/epa-connections", connection("EPA0001")).expect(409);
    }

    @Test
    void aConnectionToAnAssessmentOrganisationKnownOnlyByItsUkprnKeepsIt() {
        api.post("/api/v1/epaos", Map.of("epaoId", "10099999", "name", "Unit Assessors Ltd")).expect(201);

        assertThat(api.post("/api/v1/epa-connections", connection("10099999")).expect(201).body())
                .containsEntry("epaoId", "10099999");
        assertThat(api.post("/api/v1/epa-connections", connection("10088888")).expect(400).fieldErrors())
                .containsOnlyKeys("epaoId");
    }

    @Test
    void connectsWithoutEverShowingTheToken() {
        Api.Response created = api.post("/api/v1/epa-connections", connection("EPA0001")).expect(201);
        String id = created.id();

        assertThat(created.body()).containsOnlyKeys("id", "epaoId", "baseUrl", "state", "stateSince", "stateDetail")
                .containsEntry("epaoId", "EPA0001").containsEntry("state", "OK").containsEntry("baseUrl", "https://epa.example.org");
        Api.Response read = api.get("/api/v1/epa-connections/" + id).expect(200);
        Api.Response list = api.get("/api/v1/epa-connections").expect(200);
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(list.items()).containsExactly(created.body());
        assertThat(List.of(created.text(), read.text(), list.text())).noneMatch(text -> text.contains(TOKEN));
    }

    @Test
    void storesTheTokenEncryptedAndAuditedWithoutItAndGivesItDecryptedToTheConnector() {
        String id = api.post("/api/v1/epa-connections", connection("EPA0001")).expect(201).id();

        String stored = jdbc.sql("SELECT api_token_encrypted FROM epa_connections WHERE id = ?")
                .param(UUID.fromString(id)).query(String.class).single();
        assertThat(stored).isNotBlank().doesNotContain(TOKEN);
        assertThat(jdbc.sql("SELECT after::text FROM audit_events WHERE entity_id = ?")
                .param(UUID.fromString(id)).query(String.class).list()).hasSize(1).noneMatch(after -> after.contains(TOKEN));
        assertThat(credentials.credentials(provider(), new EpaConnectionId(UUID.fromString(id))))
                .hasValue(new Credentials("https://epa.example.org", TOKEN));
        assertThat(connections.forEpao(provider(), new EpaoId("EPA0001"))).get()
                .extracting(EpaConnection::id).isEqualTo(new EpaConnectionId(UUID.fromString(id)));
    }

    @Test
    void aSecondLiveConnectionToTheSameEpaoIsAConflict() {
        api.post("/api/v1/epa-connections", connection("EPA0001")).expect(201);

        api.post("/api/v1/epa-connections", connection("EPA0001")).expect(409);
        assertThat(api.get("/api/v1/epa-connections").items()).hasSize(1);
        api.post("/api/v1/epa-connections", connection("EPA0002")).expect(201);
    }

    @Test
    void aRemovedConnectionIsKeptButUnusedAndTheEpaoCanBeConnectedAgain() {
        String first = api.post("/api/v1/epa-connections", connection("EPA0001")).expect(201).id();

        api.delete("/api/v1/epa-connections/" + first).expect(204);

        api.get("/api/v1/epa-connections/" + first).expect(404);
        api.delete("/api/v1/epa-connections/" + first).expect(404);
        assertThat(api.get("/api/v1/epa-connections").items()).isEmpty();
        EpaConnectionId firstId = new EpaConnectionId(UUID.fromString(first));
        assertThat(connections.find(provider(), firstId)).isEmpty();
        assertThat(credentials.credentials(provider(), firstId)).isEmpty();
        assertThat(connections.forEpao(provider(), new EpaoId("EPA0001"))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM epa_connections WHERE id = ? AND removed_at IS NOT NULL")
                .param(firstId.value()).query(Integer.class).single()).isEqualTo(1);

        String second = api.post("/api/v1/epa-connections", connection("EPA0001")).expect(201).id();
        assertThat(api.get("/api/v1/epa-connections").items()).extracting(c -> c.get("id")).containsExactly(second);
    }

    @Test
    void connectsToAnEpaoTheProviderAdded() {
        api.post("/api/v1/epaos", Map.of("epaoId", "EPA0950", "name", "Newer Assessments Ltd")).expect(201);

        api.post("/api/v1/epa-connections", connection("EPA0950")).expect(201);
    }

    @Test
    void refusesBadInputFieldByFieldWithoutEchoingTheTokenAndStoresNothing() {
        Api.Response refused = api.post("/api/v1/epa-connections",
                Map.of("epaoId", "EPA0951", "baseUrl", "https://epa.example.org/?x=1", "apiToken", "my secret")).expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("epaoId", "baseUrl", "apiToken")
                .hasEntrySatisfying("epaoId", message -> assertThat(message).contains("POST /api/v1/epaos"));
        assertThat(refused.text()).doesNotContain("my secret");
        assertThat(api.post("/api/v1/epa-connections", Map.of("epaoId", "EPA1", "baseUrl", "ftp://epa.example.org"))
                .expect(400).fieldErrors()).containsOnlyKeys("epaoId", "baseUrl", "apiToken");
        assertThat(api.post("/api/v1/epa-connections",
                Map.of("epaoId", "EPA0001", "baseUrl", "https://epa.example.org/" + "a".repeat(480), "apiToken", "t".repeat(501)))
                .expect(400).fieldErrors()).containsOnlyKeys("baseUrl", "apiToken");
        assertThat(api.post("/api/v1/epa-connections", Map.of("epaoId", "EPA0001", "baseUrl", "https://epa.example.org",
                "apiToken", TOKEN, "name", "x")).expect(400).fieldErrors()).containsOnlyKeys("name");
        assertThat(api.get("/api/v1/epa-connections").items()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM epa_connections WHERE provider_id = ?")
                .param(provider().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void anotherProvidersConnectionIsNotFoundAndUnchanged() {
        String id = api.post("/api/v1/epa-connections", connection("EPA0001")).expect(201).id();
        Api other = apiFor(newProviderAccount());

        other.get("/api/v1/epa-connections/" + id).expect(404);
        other.delete("/api/v1/epa-connections/" + id).expect(404);
        other.get("/api/v1/epa-connections/not-a-uuid").expect(404);
        assertThat(other.get("/api/v1/epa-connections").items()).isEmpty();
        api.get("/api/v1/epa-connections/" + id).expect(200);
        other.post("/api/v1/epa-connections", connection("EPA0001")).expect(201);
    }

    private ProviderId provider() {
        return new ProviderId(UUID.fromString(providerId));
    }
}
