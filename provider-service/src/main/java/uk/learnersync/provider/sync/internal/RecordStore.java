package uk.learnersync.provider.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.PlatformRecord;
import uk.learnersync.provider.sync.PlatformStatus;
import uk.learnersync.provider.sync.plan.Plan;
import uk.learnersync.provider.sync.plan.RecordId;
import uk.learnersync.provider.sync.plan.RecordState;

/**
 * The learners' records on EPA platforms with the state each should hold. Writes join the caller's
 * transaction: a plan's records commit with the change that made them, or not at all.
 */
@Repository
class RecordStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RecordStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The learner's records, locked until the transaction ends, so that two changes plan one after the other. */
    List<RecordState> ofLearnerForUpdate(LearnerId learnerId) {
        return jdbc.sql("SELECT * FROM sync_records WHERE learner_id = ? ORDER BY id FOR UPDATE")
                .param(learnerId.value())
                .query(this::map)
                .list();
    }

    /** The active records of these learners, locked in ID order (so that concurrent fan-outs cannot deadlock). */
    Map<LearnerId, RecordState> activeForUpdate(Collection<LearnerId> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM sync_records WHERE learner_id = ANY(?) AND active ORDER BY id FOR UPDATE")
                .param(learnerIds.stream().map(LearnerId::value).toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(new LearnerId(rs.getObject("learner_id", UUID.class)), map(rs, row)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<RecordState> find(RecordId id) {
        return jdbc.sql("SELECT * FROM sync_records WHERE id = ?")
                .param(id.value())
                .query(this::map)
                .optional();
    }

    /** Every record of the learner, oldest first. */
    List<RecordState> ofLearner(ProviderId providerId, LearnerId learnerId) {
        return jdbc.sql("SELECT * FROM sync_records WHERE provider_id = ? AND learner_id = ? ORDER BY created_at, id")
                .params(providerId.value(), learnerId.value())
                .query(this::map)
                .list();
    }

    /** The learner's record the platform knows by {@code apprenticeId} on that connection. */
    Optional<Located> byApprenticeId(EpaConnectionId connectionId, String apprenticeId) {
        return jdbc.sql("SELECT * FROM sync_records WHERE connection_id = ? AND apprentice_id = ?")
                .params(connectionId.value(), apprenticeId)
                .query((rs, row) -> new Located(new ProviderId(rs.getObject("provider_id", UUID.class)),
                        new LearnerId(rs.getObject("learner_id", UUID.class)), map(rs, row)))
                .optional();
    }

    /** Whether any learner is registered through the connection now: only then is its feed worth reading. */
    boolean anyActiveOn(EpaConnectionId connectionId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM sync_records WHERE connection_id = ? AND active)")
                .param(connectionId.value())
                .query(Boolean.class)
                .single();
    }

    /** The records on the connection that the platform has (an apprentice ID), keyed by it. */
    Map<String, Located> onPlatform(EpaConnectionId connectionId) {
        return jdbc.sql("SELECT * FROM sync_records WHERE connection_id = ? AND apprentice_id IS NOT NULL AND active")
                .param(connectionId.value())
                .query((rs, row) -> new Located(new ProviderId(rs.getObject("provider_id", UUID.class)),
                        new LearnerId(rs.getObject("learner_id", UUID.class)), map(rs, row)))
                .list().stream()
                .collect(Collectors.toMap(located -> located.record().apprenticeId(), located -> located));
    }

    /** A record with the learner it belongs to. */
    record Located(ProviderId providerId, LearnerId learnerId, RecordState record) {
    }

    /**
     * The platform closed the record on its side (the EPAO withdrew it, or it is completed): it should
     * hold that status from now on, so nothing the provider sends tries to reopen it (TW-3).
     */
    void adoptClosedStatus(RecordId id, PlatformStatus status) {
        jdbc.sql("UPDATE sync_records SET desired = jsonb_set(desired, '{status}', to_jsonb(CAST(? AS text))) WHERE id = ?")
                .params(status.name(), id.value())
                .update();
    }

    /** Records carried over from before records kept their desired state; RecordBackfill fills them. */
    List<RecordWithoutDesired> withoutDesired(int limit) {
        return jdbc.sql("SELECT id, provider_id, learner_id FROM sync_records WHERE desired IS NULL LIMIT ?")
                .param(limit)
                .query((rs, row) -> new RecordWithoutDesired(new RecordId(rs.getObject("id", UUID.class)),
                        new ProviderId(rs.getObject("provider_id", UUID.class)),
                        new LearnerId(rs.getObject("learner_id", UUID.class))))
                .list();
    }

    record RecordWithoutDesired(RecordId id, ProviderId providerId, LearnerId learnerId) {
    }

    void fillDesired(RecordId id, PlatformRecord desired) {
        jdbc.sql("UPDATE sync_records SET desired = CAST(? AS jsonb) WHERE id = ? AND desired IS NULL")
                .params(json.writeValueAsString(desired), id.value())
                .update();
    }

    /** Writes what a plan changed, then what it opened: a record left makes way for the new active one. */
    void save(ProviderId providerId, LearnerId learnerId, Plan plan) {
        for (RecordState record : plan.changed()) {
            jdbc.sql("""
                            UPDATE sync_records SET desired = CAST(? AS jsonb), active = ?,
                                   left_at = CASE WHEN ? THEN NULL ELSE coalesce(left_at, now()) END
                            WHERE id = ?""")
                    .params(json.writeValueAsString(record.desired()), record.active(), record.active(),
                            record.id().value())
                    .update();
        }
        for (RecordState record : plan.opened()) {
            jdbc.sql("""
                            INSERT INTO sync_records (id, provider_id, learner_id, connection_id, epao_id, active,
                                                      apprentice_id, desired)
                            VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")
                    .params(record.id().value(), providerId.value(), learnerId.value(), record.connectionId().value(),
                            record.epaoId().value(), record.active(), record.apprenticeId(),
                            json.writeValueAsString(record.desired()))
                    .update();
        }
    }

    /** The platform's ID of the record, once its registration was delivered. */
    void recordApprenticeId(RecordId id, String apprenticeId) {
        jdbc.sql("UPDATE sync_records SET apprentice_id = ? WHERE id = ?")
                .params(apprenticeId, id.value())
                .update();
    }

    private RecordState map(ResultSet rs, int row) throws SQLException {
        String desired = rs.getString("desired");
        return new RecordState(new RecordId(rs.getObject("id", UUID.class)),
                new EpaConnectionId(rs.getObject("connection_id", UUID.class)), new EpaoId(rs.getString("epao_id")),
                rs.getBoolean("active"), rs.getString("apprentice_id"),
                desired == null ? null : json.readValue(desired, PlatformRecord.class));
    }
}
