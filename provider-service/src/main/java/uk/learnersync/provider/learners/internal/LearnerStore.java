package uk.learnersync.provider.learners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.learners.AgreemId;
import uk.learnersync.provider.learners.Completion;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.EpaProgress;
import uk.learnersync.provider.learners.EpaRegistration;
import uk.learnersync.provider.learners.Ethnicity;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerLink;
import uk.learnersync.provider.learners.LearnerSearch;
import uk.learnersync.provider.learners.LearnerStatus;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.learners.OffTheJobHours;
import uk.learnersync.provider.learners.OutGrade;
import uk.learnersync.provider.learners.Outcome;
import uk.learnersync.provider.learners.OffTheJobHours.PriorLearning;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.learners.Sex;
import uk.learnersync.provider.learners.Uln;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwnerId;

/** Learners in PostgreSQL; every statement is scoped to the provider. */
@Repository
public class LearnerStore implements Learners {

    private static final String INSERT = """
            INSERT INTO learners (id, provider_id, learn_ref_number, uln, given_names, family_name,
                date_of_birth, sex, ethnicity, email, case_owner_id, manager_id, employer_id,
                employer_address_id, programme_id, programme_option, start_date, planned_end_date,
                epa_period_months, epao_id, registration_mode, registration_epao_id,
                registration_connection_id, apprentice_id, status, withdraw_reason, learn_act_end_date,
                agreem_id, otj_planned_hours, otj_actual_hours, prior_learning_hours,
                prior_learning_price_reduction, prior_learning_price_reduction_date, outcome,
                achievement_date, out_grade, epa_platform_status, epa_gateway_date, epa_grade,
                epa_assessment_date)
            VALUES (:id, :provider, :learnRefNumber, :uln, :givenNames, :familyName, :dateOfBirth, :sex,
                :ethnicity, :email, :caseOwner, :manager, :employer, :employerAddress, :programme, :option,
                :startDate, :plannedEndDate, :epaPeriodMonths, :epao, :mode, :registrationEpao,
                :connection, :apprenticeId, :status, :withdrawReason, :learnActEndDate, :agreemId,
                :plannedHours, :actualHours, :priorLearningHours, :priceReduction, :priceReductionDate,
                :outcome, :achievementDate, :outGrade, :epaStatus, :gatewayDate, :grade,
                :assessmentDate)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    LearnerStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public void insert(Learner learner) {
        jdbc.sql(INSERT)
                .paramSource(columns(learner))
                .update();
    }

    /** Inserts the learners in one JDBC batch: an import writes a few hundred at a time. */
    public void insertAll(List<Learner> learners) {
        if (learners.isEmpty()) {
            return;
        }
        batches.batchUpdate(INSERT, learners.stream().map(LearnerStore::columns).toArray(SqlParameterSource[]::new));
    }

    /**
     * Those of {@code references} that a learner of the provider has: one probe of the provider's unique
     * LearnRefNumbers per reference, whatever the statistics say. As {@code learn_ref_number = ANY(?)}, an
     * import into a provider whose statistics were taken while it had few learners was planned as a walk
     * over all of them for every batch: 16 ms a batch of 200, a quarter of a 50,000-learner import's
     * database time (docs/BENCHMARKS.md, the ILR import's profile).
     */
    public Set<String> learnRefNumbersTaken(ProviderId providerId, Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT wanted.reference FROM unnest(CAST(? AS text[])) AS wanted(reference)
                        CROSS JOIN LATERAL (SELECT 1 FROM learners l
                                            WHERE l.provider_id = ? AND l.learn_ref_number = wanted.reference
                                            LIMIT 1) taken""")
                .params(references.toArray(String[]::new), providerId.value())
                .query(String.class)
                .list());
    }

    /**
     * Writes every changeable column and returns the record's new version; the caller holds the row
     * lock ({@link #findForUpdate}).
     */
    public long update(Learner learner) {
        return jdbc.sql("""
                        UPDATE learners SET learn_ref_number = :learnRefNumber, uln = :uln, given_names = :givenNames,
                            family_name = :familyName, date_of_birth = :dateOfBirth, sex = :sex,
                            ethnicity = :ethnicity, email = :email, case_owner_id = :caseOwner,
                            manager_id = :manager, employer_id = :employer, employer_address_id = :employerAddress,
                            programme_id = :programme, programme_option = :option, start_date = :startDate,
                            planned_end_date = :plannedEndDate, epa_period_months = :epaPeriodMonths,
                            epao_id = :epao, registration_mode = :mode, registration_epao_id = :registrationEpao,
                            registration_connection_id = :connection, apprentice_id = :apprenticeId,
                            status = :status, withdraw_reason = :withdrawReason,
                            learn_act_end_date = :learnActEndDate, agreem_id = :agreemId,
                            otj_planned_hours = :plannedHours, otj_actual_hours = :actualHours,
                            prior_learning_hours = :priorLearningHours,
                            prior_learning_price_reduction = :priceReduction,
                            prior_learning_price_reduction_date = :priceReductionDate,
                            outcome = :outcome, achievement_date = :achievementDate, out_grade = :outGrade,
                            epa_platform_status = :epaStatus, epa_gateway_date = :gatewayDate, epa_grade = :grade,
                            epa_assessment_date = :assessmentDate,
                            version = version + 1, updated_at = now()
                        WHERE provider_id = :provider AND id = :id
                        RETURNING version""")
                .paramSource(columns(learner))
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<Learner> find(ProviderId providerId, LearnerId id) {
        return jdbc.sql("SELECT * FROM learners WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id.value())
                .query(LearnerStore::map)
                .optional();
    }

    @Override
    public boolean exists(ProviderId providerId, LearnerId id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM learners WHERE provider_id = ? AND id = ?)")
                .params(providerId.value(), id.value())
                .query(Boolean.class)
                .single();
    }

    @Override
    public List<Learner> findAll(ProviderId providerId, Collection<LearnerId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM learners WHERE provider_id = ? AND id = ANY(?)")
                .params(providerId.value(), ids.stream().map(LearnerId::value).toArray(UUID[]::new))
                .query(LearnerStore::map)
                .list();
    }

    /** Reads a learner and locks its row until the transaction ends, so that concurrent changes queue up. */
    public Optional<Learner> findForUpdate(ProviderId providerId, LearnerId id) {
        return jdbc.sql("SELECT * FROM learners WHERE provider_id = ? AND id = ? FOR UPDATE")
                .params(providerId.value(), id.value())
                .query(LearnerStore::map)
                .optional();
    }

    /** Whether another learner of the provider has that reference. */
    public boolean learnRefNumberTaken(ProviderId providerId, String learnRefNumber, LearnerId except) {
        return jdbc.sql("SELECT count(*) FROM learners WHERE provider_id = ? AND learn_ref_number = ? AND id <> ?")
                .params(providerId.value(), learnRefNumber, except.value())
                .query(Integer.class)
                .single() > 0;
    }

    public List<Learner> search(ProviderId providerId, LearnerSearch search) {
        if (search.among() != null && search.among().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM learners WHERE provider_id = ?");
        List<Object> params = new ArrayList<>(List.of(providerId.value()));
        if (search.uln() != null) {
            sql.append(" AND uln = ?");
            params.add(search.uln());
        }
        if (search.learnRefNumber() != null) {
            sql.append(" AND learn_ref_number = ?");
            params.add(search.learnRefNumber());
        }
        if (search.name() != null) {
            sql.append(" AND (given_names || ' ' || family_name) ILIKE ? ESCAPE '\\'");
            params.add("%" + search.name().replaceAll("[\\\\%_]", "\\\\$0") + "%");
        }
        if (search.registrationMode() != null) {
            sql.append(" AND registration_mode = ?");
            params.add(search.registrationMode().name());
        }
        if (search.among() != null) {
            sql.append(" AND id = ANY(?)");
            params.add(search.among().stream().map(LearnerId::value).toArray(UUID[]::new));
        }
        sql.append(" ORDER BY family_name, given_names, id LIMIT ? OFFSET ?");
        params.add(search.size());
        params.add((long) search.page() * search.size());
        return jdbc.sql(sql.toString()).params(params).query(LearnerStore::map).list();
    }

    /** The programme's learners whose EPAO is {@code epaoId}, in ID order. */
    public List<LearnerId> onProgrammeAssessedBy(ProviderId providerId, ProgrammeId programmeId, EpaoId epaoId) {
        return jdbc.sql("SELECT id FROM learners WHERE provider_id = ? AND programme_id = ? AND epao_id = ? ORDER BY id")
                .params(providerId.value(), programmeId.value(), epaoId.value())
                .query((rs, row) -> new LearnerId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** How many learners are registered through the connection. */
    public int registeredThrough(ProviderId providerId, EpaConnectionId connectionId) {
        return jdbc.sql("""
                        SELECT count(*) FROM learners
                        WHERE provider_id = ? AND registration_mode = 'CONNECTED' AND registration_connection_id = ?""")
                .params(providerId.value(), connectionId.value())
                .query(Integer.class)
                .single();
    }

    @Override
    public List<LearnerId> connectedLearnersLinkedTo(ProviderId providerId, LearnerLink link, LearnerId after,
                                                     int limit) {
        LinkColumn column = LinkColumn.of(link);
        return jdbc.sql("SELECT id FROM learners WHERE provider_id = ? AND " + column.name
                        + " = ? AND registration_mode = 'CONNECTED' AND id > ? ORDER BY id LIMIT ?")
                .params(providerId.value(), column.value, after == null ? new UUID(0, 0) : after.value(), limit)
                .query((rs, row) -> new LearnerId(rs.getObject("id", UUID.class)))
                .list();
    }

    @Override
    public int countConnectedLearnersLinkedTo(ProviderId providerId, LearnerLink link) {
        LinkColumn column = LinkColumn.of(link);
        return jdbc.sql("SELECT count(*) FROM learners WHERE provider_id = ? AND " + column.name
                        + " = ? AND registration_mode = 'CONNECTED'")
                .params(providerId.value(), column.value)
                .query(Integer.class)
                .single();
    }

    /** Ignored unless the learner is still registered through a connection: a late answer must not revive it. */
    @Override
    public void recordApprenticeId(ProviderId providerId, LearnerId id, String apprenticeId) {
        jdbc.sql("""
                        UPDATE learners SET apprentice_id = ?, version = version + 1, updated_at = now()
                        WHERE provider_id = ? AND id = ? AND registration_mode = 'CONNECTED'""")
                .params(apprenticeId, providerId.value(), id.value())
                .update();
    }

    /** The link column a fan-out follows; the names are constants, never input. */
    private record LinkColumn(String name, UUID value) {

        static LinkColumn of(LearnerLink link) {
            if (link instanceof LearnerLink.ToCaseOwner to) {
                return new LinkColumn("case_owner_id", to.caseOwnerId().value());
            }
            if (link instanceof LearnerLink.ToManager to) {
                return new LinkColumn("manager_id", to.managerId().value());
            }
            if (link instanceof LearnerLink.ToEmployer to) {
                return new LinkColumn("employer_id", to.employerId().value());
            }
            if (link instanceof LearnerLink.ToEmployerAddress to) {
                return new LinkColumn("employer_address_id", to.addressId().value());
            }
            LearnerLink.ToProgramme to = (LearnerLink.ToProgramme) link;
            return new LinkColumn("programme_id", to.programmeId().value());
        }
    }

    private static MapSqlParameterSource columns(Learner learner) {
        Enrolment enrolment = learner.enrolment();
        EpaRegistration registration = learner.registration();
        OffTheJobHours hours = enrolment.offTheJob();
        PriorLearning prior = hours.priorLearning();
        Completion completion = learner.completion();
        EpaProgress epa = learner.epa();
        return new MapSqlParameterSource()
                .addValue("id", learner.id().value())
                .addValue("provider", learner.providerId().value())
                .addValue("learnRefNumber", learner.learnRefNumber())
                .addValue("uln", learner.uln().value())
                .addValue("givenNames", learner.givenNames())
                .addValue("familyName", learner.familyName())
                .addValue("dateOfBirth", learner.dateOfBirth())
                .addValue("sex", learner.sex().name())
                .addValue("ethnicity", learner.ethnicity().code())
                .addValue("email", learner.email())
                .addValue("caseOwner", value(learner.caseOwnerId(), CaseOwnerId::value))
                .addValue("manager", value(learner.managerId(), ManagerId::value))
                .addValue("employer", value(learner.employerId(), EmployerId::value))
                .addValue("employerAddress", value(learner.employerAddressId(), EmployerAddressId::value))
                .addValue("programme", enrolment.programmeId().value())
                .addValue("option", enrolment.option())
                .addValue("startDate", enrolment.startDate())
                .addValue("plannedEndDate", enrolment.plannedEndDate())
                .addValue("epaPeriodMonths", enrolment.epaPeriodMonths())
                .addValue("epao", value(enrolment.epaoId(), EpaoId::value))
                .addValue("mode", registration.mode().name())
                .addValue("registrationEpao", value(registration.epaoId(), EpaoId::value))
                .addValue("connection", value(registration.connectionId(), EpaConnectionId::value))
                .addValue("apprenticeId", registration.apprenticeId())
                .addValue("status", learner.status().name())
                .addValue("withdrawReason", learner.withdrawReason())
                .addValue("learnActEndDate", learner.learnActEndDate())
                .addValue("agreemId", value(learner.agreemId(), AgreemId::value))
                .addValue("plannedHours", hours.planned())
                .addValue("actualHours", hours.actual())
                .addValue("priorLearningHours", value(prior, PriorLearning::hours))
                .addValue("priceReduction", value(prior, PriorLearning::priceReduction))
                .addValue("priceReductionDate", value(prior, PriorLearning::priceReductionDate))
                .addValue("outcome", value(completion.outcome(), Outcome::code))
                .addValue("achievementDate", completion.achievementDate())
                .addValue("outGrade", value(completion.outGrade(), OutGrade::code))
                .addValue("epaStatus", epa.platformStatus())
                .addValue("gatewayDate", epa.gatewayDate())
                .addValue("grade", epa.grade())
                .addValue("assessmentDate", epa.assessmentDate());
    }

    private static <T, V> V value(T id, Function<T, V> value) {
        return id == null ? null : value.apply(id);
    }

    private static Learner map(ResultSet rs, int row) throws SQLException {
        Enrolment enrolment = new Enrolment(new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("programme_option"), date(rs, "start_date"), date(rs, "planned_end_date"),
                rs.getObject("epa_period_months", Integer.class), epao(rs.getString("epao_id")), offTheJob(rs));
        EpaRegistration registration = new EpaRegistration(RegistrationMode.valueOf(rs.getString("registration_mode")),
                epao(rs.getString("registration_epao_id")),
                id(rs.getObject("registration_connection_id", UUID.class), EpaConnectionId::new),
                rs.getString("apprentice_id"));
        return new Learner(new LearnerId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("learn_ref_number"),
                new Uln(rs.getString("uln")), rs.getString("given_names"), rs.getString("family_name"),
                date(rs, "date_of_birth"), Sex.valueOf(rs.getString("sex")), Ethnicity.of(rs.getInt("ethnicity")),
                rs.getString("email"),
                id(rs.getObject("case_owner_id", UUID.class), CaseOwnerId::new),
                id(rs.getObject("manager_id", UUID.class), ManagerId::new),
                id(rs.getObject("employer_id", UUID.class), EmployerId::new),
                id(rs.getObject("employer_address_id", UUID.class), EmployerAddressId::new),
                enrolment, registration, LearnerStatus.valueOf(rs.getString("status")),
                rs.getObject("withdraw_reason", Integer.class), date(rs, "learn_act_end_date"),
                value(rs.getString("agreem_id"), AgreemId::new),
                new Completion(value(rs.getObject("outcome", Integer.class), Outcome::of), date(rs, "achievement_date"),
                        value(rs.getString("out_grade"), OutGrade::ofCode)),
                new EpaProgress(rs.getString("epa_platform_status"), date(rs, "epa_gateway_date"),
                        rs.getString("epa_grade"), date(rs, "epa_assessment_date")),
                rs.getLong("version"));
    }

    private static OffTheJobHours offTheJob(ResultSet rs) throws SQLException {
        Integer priorLearningHours = rs.getObject("prior_learning_hours", Integer.class);
        return new OffTheJobHours(rs.getObject("otj_planned_hours", Integer.class),
                rs.getObject("otj_actual_hours", Integer.class), priorLearningHours == null ? null
                        : new PriorLearning(priorLearningHours, rs.getObject("prior_learning_price_reduction", Integer.class),
                                date(rs, "prior_learning_price_reduction_date")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static EpaoId epao(String value) {
        return value == null ? null : new EpaoId(value);
    }

    private static <T> T id(UUID value, Function<UUID, T> type) {
        return value == null ? null : type.apply(value);
    }
}
