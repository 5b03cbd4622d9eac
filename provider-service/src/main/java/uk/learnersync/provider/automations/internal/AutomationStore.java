package uk.learnersync.provider.automations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.automations.Automation;
import uk.learnersync.provider.automations.AutomationId;
import uk.learnersync.provider.automations.AutomationSettings;
import uk.learnersync.provider.automations.AutomationStatus;
import uk.learnersync.provider.automations.AutomationStep;
import uk.learnersync.provider.learners.CircumstanceChange;
import uk.learnersync.provider.learners.CircumstanceInput;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.validation.FieldChecks;

/** Automations, their steps and the providers' approval settings in PostgreSQL; every statement is scoped to the provider. */
@Repository
public class AutomationStore {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AutomationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Automation automation) {
        jdbc.sql("""
                        INSERT INTO automations (id, provider_id, type, learner_id, effective_date, details, status,
                            requested_by, requested_at)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""")
                .params(automation.id().value(), automation.providerId().value(), automation.type().name(),
                        automation.learnerId().value(), automation.effectiveDate(),
                        json.writeValueAsString(automation.change().details()), automation.status().name(),
                        automation.requestedBy(), timestamp(automation.requestedAt()))
                .update();
    }

    public void addStep(ProviderId providerId, AutomationId id, AutomationStep step) {
        jdbc.sql("""
                        INSERT INTO automation_steps (provider_id, automation_id, action, actor, channel, occurred_at, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(providerId.value(), id.value(), step.action().name(), step.actor(), step.channel().name(),
                        timestamp(step.at()), step.note())
                .update();
    }

    /**
     * Records the decision on a pending automation; {@code false} when it was no longer pending. The
     * caller holds the row lock ({@link #findForUpdate}), so the condition is a second guard only.
     */
    public boolean decide(Automation decided) {
        return jdbc.sql("""
                        UPDATE automations SET status = ?, decided_by = ?, decided_at = ?, rejection_reason = ?,
                            circumstance_id = ?
                        WHERE provider_id = ? AND id = ? AND status = 'PENDING'""")
                .params(decided.status().name(), decided.decidedBy(), timestamp(decided.decidedAt()),
                        decided.rejectionReason(), decided.circumstanceId(), decided.providerId().value(),
                        decided.id().value())
                .update() == 1;
    }

    public Optional<Automation> find(ProviderId providerId, AutomationId id) {
        return one("SELECT * FROM automations WHERE provider_id = ? AND id = ?", providerId, id);
    }

    /** Reads an automation and locks its row until the transaction ends, so that two decisions queue up. */
    public Optional<Automation> findForUpdate(ProviderId providerId, AutomationId id) {
        return one("SELECT * FROM automations WHERE provider_id = ? AND id = ? FOR UPDATE", providerId, id);
    }

    /** The provider's automations, oldest request first, optionally only those in a status or of a learner. */
    public List<Automation> list(ProviderId providerId, AutomationStatus status, LearnerId learnerId) {
        StringBuilder sql = new StringBuilder("SELECT * FROM automations WHERE provider_id = ?");
        List<Object> params = new ArrayList<>(List.of(providerId.value()));
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        if (learnerId != null) {
            sql.append(" AND learner_id = ?");
            params.add(learnerId.value());
        }
        sql.append(" ORDER BY requested_at, id");
        List<Automation> automations = jdbc.sql(sql.toString()).params(params).query(this::map).list();
        if (automations.isEmpty()) {
            return automations;
        }
        Map<UUID, List<AutomationStep>> steps = jdbc.sql("""
                        SELECT * FROM automation_steps WHERE provider_id = ? AND automation_id = ANY(?) ORDER BY id""")
                .params(providerId.value(), automations.stream().map(a -> a.id().value()).toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(rs.getObject("automation_id", UUID.class), step(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return automations.stream()
                .map(automation -> withHistory(automation, steps.getOrDefault(automation.id().value(), List.of())))
                .toList();
    }

    public AutomationSettings settings(ProviderId providerId) {
        return jdbc.sql("SELECT maker_checker FROM automation_settings WHERE provider_id = ?")
                .param(providerId.value())
                .query((rs, row) -> new AutomationSettings(rs.getBoolean("maker_checker")))
                .optional()
                .orElse(AutomationSettings.DEFAULTS);
    }

    public void saveSettings(ProviderId providerId, AutomationSettings settings, String actor) {
        jdbc.sql("""
                        INSERT INTO automation_settings (provider_id, maker_checker, updated_by, updated_at)
                        VALUES (?, ?, ?, now())
                        ON CONFLICT (provider_id) DO UPDATE SET maker_checker = EXCLUDED.maker_checker,
                            updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                .params(providerId.value(), settings.makerChecker(), actor)
                .update();
    }

    private Optional<Automation> one(String sql, ProviderId providerId, AutomationId id) {
        return jdbc.sql(sql).params(providerId.value(), id.value()).query(this::map).optional()
                .map(automation -> withHistory(automation, jdbc.sql("""
                                SELECT * FROM automation_steps WHERE provider_id = ? AND automation_id = ? ORDER BY id""")
                        .params(providerId.value(), id.value())
                        .query((rs, row) -> step(rs))
                        .list()));
    }

    private static Automation withHistory(Automation automation, List<AutomationStep> history) {
        return new Automation(automation.id(), automation.providerId(), automation.learnerId(), automation.change(),
                automation.status(), automation.requestedBy(), automation.requestedAt(), automation.decidedBy(),
                automation.decidedAt(), automation.rejectionReason(), automation.circumstanceId(),
                List.copyOf(history));
    }

    private Automation map(ResultSet rs, int row) throws SQLException {
        return new Automation(new AutomationId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LearnerId(rs.getObject("learner_id", UUID.class)), change(rs),
                AutomationStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
                instant(rs, "requested_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("rejection_reason"), rs.getObject("circumstance_id", UUID.class), List.of());
    }

    /**
     * The stored details read as a request's are, into the typed change, with the checks that depend on
     * the date made as on the day it was requested: they passed them then, so they read back whole.
     */
    private CircumstanceChange change(ResultSet rs) throws SQLException {
        FieldChecks checks = new FieldChecks();
        CircumstanceChange change = new CircumstanceInput(rs.getString("type"),
                rs.getObject("effective_date", LocalDate.class), json.readValue(rs.getString("details"), DETAILS))
                .parse(checks, LocalDate.ofInstant(instant(rs, "requested_at"), ZoneOffset.UTC));
        checks.throwIfAny();
        return change;
    }

    private static AutomationStep step(ResultSet rs) throws SQLException {
        return new AutomationStep(AutomationStep.Action.valueOf(rs.getString("action")), rs.getString("actor"),
                Channel.valueOf(rs.getString("channel")), instant(rs, "occurred_at"), rs.getString("note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
