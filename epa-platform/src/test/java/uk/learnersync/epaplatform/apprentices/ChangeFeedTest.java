package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

/** The feed by which a provider reads back what happened to its apprentices (RULES.md TW-1 to TW-3). */
class ChangeFeedTest extends EpaPlatformTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void TW_1_TW_2_TW_3_theFeedListsTheConnectionsChangesInOrderWithTheRecordAfterEach() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        String staff = "/admin/organisations/" + epaoId + "/apprentices/" + id;
        api.write("PUT", "/api/v1/apprentices/" + id + "/tutor", contact("Joan", "Clarke")).expect(200);
        admin.post(staff + "/gateway", Map.of("gatewayDate", "2026-01-10")).expect(200);
        admin.post(staff + "/result", Map.of("grade", "MERIT", "assessmentDate", "2026-02-03")).expect(200);
        admin.send("POST", staff + "/certificate", null, null).expect(200);

        Map<String, Object> page = api.get("/api/v1/changes").expect(200).body();

        List<Map<String, Object>> items = items(page);
        assertThat(items).extracting(item -> item.get("kind"), item -> item.get("origin"), item -> item.get("apprenticeId"))
                .containsExactly(tuple("REGISTER", "PROVIDER", id), tuple("UPDATE_TUTOR", "PROVIDER", id),
                        tuple("GATEWAY_CONFIRMED", "EPAO", id), tuple("RESULT_RECORDED", "EPAO", id),
                        tuple("CERTIFIED", "EPAO", id));
        assertThat(items).allSatisfy(item -> assertThat(item).containsKeys("cursor", "at", "record"));
        assertThat(object(items.get(2).get("record")).get("gateway")).isNotNull();
        assertThat(object(items.get(3).get("record"))).containsEntry("status", "COMPLETED")
                .containsEntry("result", Map.of("grade", "MERIT", "assessmentDate", "2026-02-03"));
        assertThat(object(items.get(4).get("record"))).containsEntry("status", "CERTIFIED");
        assertThat(page).containsEntry("nextCursor", items.get(4).get("cursor"));
    }

    @Test
    void TW_3_aWithdrawalAndAnEditOnThePlatformReachTheFeed() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        String staff = "/admin/organisations/" + epaoId + "/apprentices/" + id;
        String cursor = (String) api.get("/api/v1/changes").expect(200).body().get("nextCursor");

        admin.send("PATCH", staff, "{\"familyName\": \"King\"}", null, "application/merge-patch+json").expect(200);
        admin.post(staff + "/withdraw", Map.of("reason", "Moved abroad")).expect(200);

        List<Map<String, Object>> items = items(api.get("/api/v1/changes?after=" + cursor).expect(200).body());
        assertThat(items).extracting(item -> item.get("kind")).containsExactly("EDITED_ON_PLATFORM", "WITHDRAWN_BY_EPAO");
        assertThat(object(items.get(0).get("record"))).containsEntry("familyName", "King");
        assertThat(object(items.get(1).get("record"))).containsEntry("status", "WITHDRAWN");
    }

    @Test
    void aConnectionSeesOnlyItsOwnApprenticesChanges() {
        Api otherProvider = connect(epaoId, nextUkprn());
        String mine = (String) register(api, nextUln()).get("apprenticeId");
        String theirs = (String) register(otherProvider, nextUln()).get("apprenticeId");
        admin.post("/admin/organisations/" + epaoId + "/apprentices/" + theirs + "/withdraw",
                Map.of("reason", "Left")).expect(200);

        assertThat(items(api.get("/api/v1/changes").expect(200).body()))
                .extracting(item -> item.get("apprenticeId")).containsOnly(mine);
        assertThat(items(otherProvider.get("/api/v1/changes").expect(200).body()))
                .extracting(item -> item.get("apprenticeId")).containsOnly(theirs).hasSize(2);
    }

    @Test
    void pagesByCursorAndLimitAndGivesTheSameCursorBackWhenNothingIsNew() {
        for (int i = 0; i < 5; i++) {
            register(api, nextUln());
        }

        Map<String, Object> first = api.get("/api/v1/changes?limit=2").expect(200).body();
        Map<String, Object> second = api.get("/api/v1/changes?limit=2&after=" + first.get("nextCursor")).expect(200)
                .body();
        Map<String, Object> rest = api.get("/api/v1/changes?after=" + second.get("nextCursor")).expect(200).body();
        Map<String, Object> nothing = api.get("/api/v1/changes?after=" + rest.get("nextCursor")).expect(200).body();

        assertThat(items(first)).hasSize(2);
        assertThat(items(second)).hasSize(2);
        assertThat(items(rest)).hasSize(1);
        assertThat(items(nothing)).isEmpty();
        assertThat(nothing).containsEntry("nextCursor", rest.get("nextCursor"));
        assertThat(Long.parseLong((String) second.get("nextCursor")))
                .isGreaterThan(Long.parseLong((String) first.get("nextCursor")));
    }

    @Test
    void refusesABadCursorOrLimitAndAnswers401WithoutAValidToken() {
        assertThat(api.get("/api/v1/changes?after=abc&limit=0").expect(400).fieldErrors())
                .containsOnlyKeys("after", "limit");
        assertThat(api.get("/api/v1/changes?limit=1001").expect(400).fieldErrors()).containsOnlyKeys("limit");
        api.withToken("epc_not-a-real-token").get("/api/v1/changes").expect(401);
        admin.get("/api/v1/changes").expect(401);
    }

    @Test
    void aPageIsAnIndexRangeScanHoweverManyChangesOtherConnectionsHave() {
        Api busy = connect(epaoId, nextUkprn());
        String busyApprentice = (String) register(busy, nextUln()).get("apprenticeId");
        register(api, nextUln());
        // 50,000 changes of another connection: the feed of this one must not read them.
        jdbc.sql("""
                        INSERT INTO apprentice_history (apprentice_id, connection_id, call, body, record, at)
                        SELECT a.id, a.connection_id, 'UPDATE_TUTOR', '{}', '{}', now()
                        FROM apprentices a, generate_series(1, 50000) WHERE a.id = ?::uuid""")
                .param(busyApprentice).update();
        jdbc.sql("ANALYZE apprentice_history").update();

        String mine = (String) items(api.get("/api/v1/changes").expect(200).body()).get(0).get("apprenticeId");
        UUID connection = jdbc.sql("SELECT connection_id FROM apprentices WHERE id = ?::uuid").param(mine)
                .query(UUID.class).single();
        String plan = String.join("\n", jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS) SELECT id, apprentice_id, call, at, record FROM apprentice_history
                        WHERE connection_id = ? AND id > 0 AND record IS NOT NULL ORDER BY id LIMIT 100""")
                .param(connection).query(String.class).list());

        assertThat(plan).contains("apprentice_history_feed").doesNotContain("Seq Scan on apprentice_history");
        assertThat(items(api.get("/api/v1/changes").expect(200).body())).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
