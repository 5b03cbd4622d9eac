package uk.learnersync.epaplatform.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

class OperatorApiTest extends EpaPlatformTest {

    @Test
    void createsAnOrganisationOnceAndAnswers200ToTheSameAnd409ToAnotherName() {
        String id = "EPA9" + Integer.toString(1000 + (int) (Math.random() * 899)).substring(1);
        Map<String, Object> created = admin.post("/admin/organisations", Map.of("epaoId", id, "name", "First Name"))
                .expect(201).body();

        assertThat(created).containsEntry("epaoId", id).containsEntry("name", "First Name");
        admin.post("/admin/organisations", Map.of("epaoId", id, "name", "First Name")).expect(200);
        Api.Response clash = admin.post("/admin/organisations", Map.of("epaoId", id, "name", "Other Name")).expect(409);
        assertThat(clash.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesABadOrganisationWithEveryFieldAndUnknownFields() {
        assertThat(admin.post("/admin/organisations", Map.of("epaoId", "XYZ1", "name", " ")).expect(400).fieldErrors())
                .containsOnlyKeys("epaoId", "name");
        assertThat(admin.post("/admin/organisations", Map.of("epaoId", "EPA0001", "name", "X", "colour", "blue"))
                .expect(400).fieldErrors()).containsEntry("colour", "is not a known field");
    }

    @Test
    void createsAConnectionWhoseTokenIsShownOnceAndSignsIn() {
        Map<String, Object> connection = admin.post("/admin/organisations/" + epaoId + "/connections",
                Map.of("providerUkprn", "10000001")).expect(201).body();

        assertThat(connection).containsOnlyKeys("connectionId", "apiToken");
        assertThat((String) connection.get("apiToken")).startsWith("epc_").hasSizeGreaterThan(40);
        String uln = nextUln();
        Map<String, Object> apprentice = register(api.withToken((String) connection.get("apiToken")), uln);
        assertThat(apprentice).containsEntry("providerUkprn", "10000001");
    }

    @Test
    void refusesABadUkprnAndAnUnknownOrganisation() {
        assertThat(admin.post("/admin/organisations/" + epaoId + "/connections", Map.of("providerUkprn", "1234"))
                .expect(400).fieldErrors()).containsOnlyKeys("providerUkprn");
        admin.post("/admin/organisations/EPA9999/connections", Map.of("providerUkprn", "10000001")).expect(404);
        admin.post("/admin/organisations/not-an-id/connections", Map.of("providerUkprn", "10000001")).expect(404);
    }

    @Test
    void answers401WithoutTheOperatorToken() {
        Api.Response missing = admin.withToken(null).post("/admin/organisations", Map.of("epaoId", "EPA0002", "name", "X"))
                .expect(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        admin.withToken("wrong").get("/admin/faults").expect(401);
        admin.withToken("wrong").get("/admin/organisations/" + epaoId + "/apprentices").expect(401);
        // A connection's token is not the operator's, nor the other way round.
        api.get("/admin/faults").expect(401);
        admin.get("/api/v1/apprentices/00000000-0000-0000-0000-000000000000").expect(401);
    }

    @Test
    void listsTheOrganisationsApprenticesAllOrByUln() {
        String first = nextUln();
        String second = nextUln();
        register(api, first);
        register(api, second);

        assertThat(admin.get("/admin/organisations/" + epaoId + "/apprentices").expect(200).items())
                .extracting(item -> item.get("uln")).containsExactlyInAnyOrder(first, second);
        assertThat(atOrganisation(epaoId, first)).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("uln", first).containsEntry("status", "ON_PROGRAMME");
        });
        assertThat(atOrganisation(epaoId, "1000000043")).isEmpty();
        admin.get("/admin/organisations/EPA9998/apprentices").expect(404);
    }

    @Test
    void showsAnApprenticesHistoryOnlyAtItsOrganisation() {
        Map<String, Object> apprentice = register(api, nextUln());
        String id = (String) apprentice.get("apprenticeId");
        api.write("PUT", "/api/v1/apprentices/" + id + "/tutor", contact("Joan", "Clarke")).expect(200);

        var history = admin.get("/admin/organisations/" + epaoId + "/apprentices/" + id + "/history").expect(200).items();

        assertThat(history).extracting(entry -> entry.get("call")).containsExactly("REGISTER", "UPDATE_TUTOR");
        assertThat(history.get(0)).containsKeys("at", "connectionId", "body");
        assertThat(history.get(1).get("body")).isEqualTo(contact("Joan", "Clarke"));
        String other = newOrganisation("Elsewhere");
        admin.get("/admin/organisations/" + other + "/apprentices/" + id + "/history").expect(404);
        admin.get("/admin/organisations/" + epaoId + "/apprentices/not-an-id/history").expect(404);
    }

    @Test
    void listsTheOrganisationsConnectionsAndRevokesOneWhoseTokenThenGets401() {
        Map<String, Object> created = admin.post("/admin/organisations/" + epaoId + "/connections",
                Map.of("providerUkprn", "10000009")).expect(201).body();
        String connectionId = (String) created.get("connectionId");
        Api revokedClient = api.withToken((String) created.get("apiToken"));
        String id = (String) register(revokedClient, nextUln()).get("apprenticeId");

        assertThat(admin.get("/admin/organisations/" + epaoId + "/connections").expect(200).items())
                .extracting(item -> item.get("providerUkprn"), item -> item.get("revoked"))
                .containsExactly(tuple(ukprn, false), tuple("10000009", false));

        assertThat(admin.send("DELETE", "/admin/organisations/" + epaoId + "/connections/" + connectionId, null, null)
                .expect(204).text()).isEmpty();

        revokedClient.get("/api/v1/apprentices/" + id).expect(401);
        revokedClient.write("PUT", "/api/v1/apprentices/" + id + "/tutor", contact("Joan", "Clarke")).expect(401);
        api.get("/api/v1/changes").expect(200);
        assertThat(admin.get("/admin/organisations/" + epaoId + "/connections").expect(200).items())
                .filteredOn(item -> connectionId.equals(item.get("connectionId"))).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("revoked", true).containsKey("revokedAt"));
        assertThat(atOrganisation(epaoId, (String) admin.get("/admin/organisations/" + epaoId + "/apprentices/" + id)
                .expect(200).body().get("uln"))).hasSize(1);
        admin.send("DELETE", "/admin/organisations/" + epaoId + "/connections/" + connectionId, null, null)
                .expect(204);
    }

    @Test
    void revokesOnlyAConnectionOfTheOrganisationNamed() {
        String other = newOrganisation("Elsewhere");
        String connectionId = (String) admin.post("/admin/organisations/" + other + "/connections",
                Map.of("providerUkprn", "10000009")).expect(201).body().get("connectionId");

        admin.send("DELETE", "/admin/organisations/" + epaoId + "/connections/" + connectionId, null, null).expect(404);
        admin.send("DELETE", "/admin/organisations/" + epaoId + "/connections/not-an-id", null, null).expect(404);
        admin.get("/admin/organisations/EPA9996/connections").expect(404);
        admin.withToken(null).get("/admin/organisations/" + epaoId + "/connections").expect(401);
        assertThat(admin.get("/admin/organisations/" + other + "/connections").expect(200).items())
                .singleElement().satisfies(item -> assertThat(item).containsEntry("revoked", false));
    }
}
