package uk.learnersync.provider.learners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.learners.AgreemId;
import uk.learnersync.provider.learners.Circumstance;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerStatus;
import uk.learnersync.provider.learners.WithdrawReason;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A learner's histories in PostgreSQL: changes of circumstance, closed enrolments and employment
 * statuses; every statement is scoped to the provider.
 */
@Repository
public class CircumstanceStore {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CircumstanceStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(ProviderId providerId, Circumstance circumstance) {
        jdbc.sql("""
                        INSERT INTO learner_circumstances (id, provider_id, learner_id, type, effective_date, details,
                            channel, actor, recorded_at)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""")
                .params(circumstance.id(), providerId.value(), circumstance.learnerId().value(),
                        circumstance.type().name(), circumstance.effectiveDate(),
                        json.writeValueAsString(circumstance.details()), circumstance.channel().name(),
                        circumstance.actor(), OffsetDateTime.ofInstant(circumstance.recordedAt(), ZoneOffset.UTC))
                .update();
    }

    public List<Circumstance> list(ProviderId providerId, LearnerId learnerId) {
        return jdbc.sql("""
                        SELECT * FROM learner_circumstances WHERE provider_id = ? AND learner_id = ?
                        ORDER BY recorded_at, id""")
                .params(providerId.value(), learnerId.value())
                .query(this::map)
                .list();
    }

    /** Keeps the enrolment a change of programme ends: withdrawn (CompStatus 3) for the reason given. */
    public void closeEnrolment(ProviderId providerId, LearnerId learnerId, Enrolment enrolment, WithdrawReason reason,
                               LocalDate learnActEndDate) {
        jdbc.sql("""
                        INSERT INTO learner_enrolment_history (provider_id, learner_id, programme_id, programme_option,
                            start_date, planned_end_date, epa_period_months, epao_id, comp_status, withdraw_reason,
                            learn_act_end_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(providerId.value(), learnerId.value(), enrolment.programmeId().value(), enrolment.option(),
                        enrolment.startDate(), enrolment.plannedEndDate(), enrolment.epaPeriodMonths(),
                        enrolment.epaoId() == null ? null : enrolment.epaoId().value(),
                        LearnerStatus.WITHDRAWN.compStatus(), reason.code(), learnActEndDate)
                .update();
    }

    /** Records an ILR employment status of the learner, applying from {@code from}. */
    public void recordEmployment(ProviderId providerId, LearnerId learnerId, EmployerId employerId,
                                 EmployerAddressId addressId, int empStat, AgreemId agreemId, LocalDate from) {
        jdbc.sql("""
                        INSERT INTO learner_employment_statuses (provider_id, learner_id, emp_stat, employer_id,
                            employer_address_id, agreem_id, date_emp_stat_app)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(providerId.value(), learnerId.value(), empStat, employerId.value(),
                        addressId == null ? null : addressId.value(), agreemId == null ? null : agreemId.value(), from)
                .update();
    }

    private Circumstance map(ResultSet rs, int row) throws SQLException {
        return new Circumstance(rs.getObject("id", UUID.class), new LearnerId(rs.getObject("learner_id", UUID.class)),
                AutomationType.valueOf(rs.getString("type")), rs.getObject("effective_date", LocalDate.class),
                json.readValue(rs.getString("details"), DETAILS), Channel.valueOf(rs.getString("channel")),
                rs.getString("actor"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
