package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

/** The list by which a provider reads every record back to reconcile it (RULES.md TW-4). */
class ApprenticeListTest extends EpaPlatformTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void TW_4_listsEveryApprenticeOfTheConnectionOncePageByPageAsTheRecordIs() {
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add((String) register(api, nextUln()).get("apprenticeId"));
        }
        admin.send("PATCH", "/admin/organisations/" + epaoId + "/apprentices/" + registered.get(3),
                "{\"familyName\": \"Edited\"}", null, "application/merge-patch+json").expect(200);

        List<Map<String, Object>> read = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> page = api.get("/api/v1/apprentices?limit=2" + (after == null ? "" : "&after=" + after))
                    .expect(200).body();
            read.addAll(items(page));
            after = (String) page.get("next");
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(read).extracting(record -> (String) record.get("apprenticeId"))
                .containsExactlyElementsOf(registered.stream().sorted().toList());
        assertThat(read).filteredOn(record -> record.get("apprenticeId").equals(registered.get(3))).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("familyName", "Edited"));
    }

    @Test
    void aConnectionListsOnlyItsOwnApprentices() {
        Api otherProvider = connect(epaoId, nextUkprn());
        String mine = (String) register(api, nextUln()).get("apprenticeId");
        register(otherProvider, nextUln());

        assertThat(items(api.get("/api/v1/apprentices").expect(200).body()))
                .extracting(record -> record.get("apprenticeId")).containsExactly(mine);
    }

    @Test
    void refusesABadStartOrLimitAndAnswers401WithoutAValidToken() {
        assertThat(api.get("/api/v1/apprentices?after=abc&limit=0").expect(400).fieldErrors())
                .containsOnlyKeys("after", "limit");
        assertThat(api.get("/api/v1/apprentices?limit=501").expect(400).fieldErrors()).containsOnlyKeys("limit");
        api.withToken("epc_not-a-real-token").get("/api/v1/apprentices").expect(401);
    }

    @Test
    void aPageIsAnIndexRangeScanHoweverManyApprenticesTheConnectionHas() {
        String first = (String) register(api, nextUln()).get("apprenticeId");
        UUID connection = jdbc.sql("SELECT connection_id FROM apprentices WHERE id = ?::uuid").param(first)
                .query(UUID.class).single();
        // 5,000 more apprentices on this connection: a page must read its 100, not sort them all.
        jdbc.sql("""
                        INSERT INTO apprentices SELECT (jsonb_populate_record(NULL::apprentices,
                            to_jsonb(a) || jsonb_build_object('id', gen_random_uuid()))).*
                        FROM apprentices a, generate_series(1, 5000) WHERE a.id = ?::uuid""")
                .param(first).update();
        jdbc.sql("ANALYZE apprentices").update();

        String plan = String.join("\n", jdbc.sql("""
                        EXPLAIN (ANALYZE) SELECT * FROM apprentices
                        WHERE connection_id = ? AND id > '00000000-0000-0000-0000-000000000000' ORDER BY id LIMIT 100""")
                .param(connection).query(String.class).list());

        assertThat(plan).contains("apprentices_connection_id").doesNotContain("Sort");
        assertThat(items(api.get("/api/v1/apprentices").expect(200).body())).hasSize(100);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
