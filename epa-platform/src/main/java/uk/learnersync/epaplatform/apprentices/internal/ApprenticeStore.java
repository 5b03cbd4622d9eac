package uk.learnersync.epaplatform.apprentices.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.epaplatform.apprentices.Address;
import uk.learnersync.epaplatform.apprentices.Apprentice;
import uk.learnersync.epaplatform.apprentices.ApprenticeId;
import uk.learnersync.epaplatform.apprentices.ApprenticeRecord;
import uk.learnersync.epaplatform.apprentices.ApprenticeStatus;
import uk.learnersync.epaplatform.apprentices.Change;
import uk.learnersync.epaplatform.apprentices.ChangeKind;
import uk.learnersync.epaplatform.apprentices.Circumstance;
import uk.learnersync.epaplatform.apprentices.CircumstanceType;
import uk.learnersync.epaplatform.apprentices.Contact;
import uk.learnersync.epaplatform.apprentices.Employer;
import uk.learnersync.epaplatform.apprentices.EpaoAction;
import uk.learnersync.epaplatform.apprentices.EpaoActionType;
import uk.learnersync.epaplatform.apprentices.Grade;
import uk.learnersync.epaplatform.apprentices.HistoryEntry;
import uk.learnersync.epaplatform.apprentices.LearnerDetails;
import uk.learnersync.epaplatform.apprentices.Programme;
import uk.learnersync.epaplatform.apprentices.ProgrammeStatus;
import uk.learnersync.epaplatform.apprentices.Sex;
import uk.learnersync.epaplatform.apprentices.Uln;
import uk.learnersync.epaplatform.organisations.ConnectionId;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Ukprn;

/**
 * Apprentice records with their programmes, circumstances, EPAO actions and history. Reads for a
 * connection are scoped by its ID in the statement itself, so that another connection's apprentice
 * is never found. The history doubles as the change feed: each entry keeps the record as it was
 * right after the change, and a feed is read by keyset on (connection, entry ID).
 */
@Repository
public class ApprenticeStore {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() { };
    /** Children are loaded for this many apprentices per statement. */
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApprenticeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Apprentice apprentice) {
        jdbc.sql("""
                        INSERT INTO apprentices (id, connection_id, epao_id, provider_ukprn, uln, given_names,
                            family_name, date_of_birth, sex, ethnicity, email, phone, postal_address, employer_name,
                            employer_line1, employer_line2, employer_line3, employer_town, employer_postcode,
                            employer_contact, tutor, registered_status, registered_at, updated_at)
                        VALUES (:id, :connection, :epao, :ukprn, :uln, :givenNames, :familyName, :dateOfBirth, :sex,
                            :ethnicity, :email, :phone, CAST(:postalAddress AS jsonb), :employerName, :line1, :line2,
                            :line3, :town, :postcode, CAST(:employerContact AS jsonb), CAST(:tutor AS jsonb),
                            :registeredStatus, :updatedAt, :updatedAt)""")
                .params(columns(apprentice))
                .update();
        replaceChildren(apprentice);
    }

    /** Writes back a changed record; the caller holds its row lock from a {@code findForUpdate}. */
    public void update(Apprentice apprentice) {
        jdbc.sql("""
                        UPDATE apprentices SET uln = :uln, given_names = :givenNames, family_name = :familyName,
                            date_of_birth = :dateOfBirth, sex = :sex, ethnicity = :ethnicity, email = :email,
                            phone = :phone, postal_address = CAST(:postalAddress AS jsonb),
                            employer_name = :employerName, employer_line1 = :line1, employer_line2 = :line2,
                            employer_line3 = :line3, employer_town = :town, employer_postcode = :postcode,
                            employer_contact = CAST(:employerContact AS jsonb), tutor = CAST(:tutor AS jsonb),
                            updated_at = :updatedAt
                        WHERE id = :id AND connection_id = :connection""")
                .params(columns(apprentice))
                .update();
        replaceChildren(apprentice);
    }

    public Optional<Apprentice> find(ConnectionId connection, ApprenticeId id) {
        return one("SELECT * FROM apprentices WHERE id = ? AND connection_id = ?", id.value(), connection.value());
    }

    /** Reads the record and locks it, so that concurrent writes to one apprentice apply one after the other. */
    public Optional<Apprentice> findForUpdate(ConnectionId connection, ApprenticeId id) {
        return one("SELECT * FROM apprentices WHERE id = ? AND connection_id = ? FOR UPDATE",
                id.value(), connection.value());
    }

    public Optional<Apprentice> findAtOrganisation(EpaoId epaoId, ApprenticeId id) {
        return one("SELECT * FROM apprentices WHERE id = ? AND epao_id = ?", id.value(), epaoId.value());
    }

    public Optional<Apprentice> findForUpdateAtOrganisation(EpaoId epaoId, ApprenticeId id) {
        return one("SELECT * FROM apprentices WHERE id = ? AND epao_id = ? FOR UPDATE", id.value(), epaoId.value());
    }

    /** The organisation's apprentices, most recently changed first; {@code uln} narrows them when given. */
    public List<Apprentice> listAtOrganisation(EpaoId epaoId, Uln uln) {
        String wanted = uln == null ? null : uln.value();
        return withChildren(jdbc.sql("""
                        SELECT * FROM apprentices WHERE epao_id = ? AND (CAST(? AS text) IS NULL OR uln = ?)
                        ORDER BY updated_at DESC, id""")
                .params(epaoId.value(), wanted, wanted)
                .query(this::mapRow)
                .list());
    }

    /** One page of the organisation's apprentices, most recently changed first. */
    public List<Apprentice> pageAtOrganisation(EpaoId epaoId, int offset, int limit) {
        return withChildren(jdbc.sql("""
                        SELECT * FROM apprentices WHERE epao_id = ? ORDER BY updated_at DESC, id
                        OFFSET ? LIMIT ?""")
                .params(epaoId.value(), offset, limit)
                .query(this::mapRow)
                .list());
    }

    /** A keyset page of the connection's apprentices in ID order: its cost is the page's, whatever their number. */
    public List<Apprentice> pageOfConnection(ConnectionId connection, ApprenticeId after, int limit) {
        return withChildren(jdbc.sql("""
                        SELECT * FROM apprentices WHERE connection_id = ? AND id > ? ORDER BY id LIMIT ?""")
                .params(connection.value(), after == null ? new UUID(0, 0) : after.value(), limit)
                .query(this::mapRow)
                .list());
    }

    public int countAtOrganisation(EpaoId epaoId) {
        return jdbc.sql("SELECT count(*) FROM apprentices WHERE epao_id = ?").param(epaoId.value())
                .query(Integer.class).single();
    }

    /**
     * Serialises the writes that could give one organisation two live records of a ULN until the
     * transaction ends: the check for a duplicate and the write then see each other.
     */
    public void lockUln(EpaoId epaoId, Uln uln) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(epaoId.value() + "/" + uln.value())
                .query((rs, row) -> null)
                .list();
    }

    /** Keeps an accepted change with the body as sent and the record as it is after it. */
    public void recordChange(Apprentice apprentice, ChangeKind kind, String body, ApprenticeRecord record) {
        jdbc.sql("""
                        INSERT INTO apprentice_history (apprentice_id, connection_id, call, body, record, at)
                        VALUES (?, ?, ?, ?::jsonb, ?::json, ?)""")
                .params(apprentice.id().value(), apprentice.connectionId().value(), kind.name(), body, json.writeValueAsString(record), Timestamp.from(apprentice.updatedAt()))
                .update();
    }

    public List<HistoryEntry> history(ApprenticeId id) {
        return jdbc.sql("SELECT * FROM apprentice_history WHERE apprentice_id = ? ORDER BY id")
                .param(id.value())
                .query((rs, row) -> {
                    ChangeKind kind = ChangeKind.valueOf(rs.getString("call"));
                    return new HistoryEntry(rs.getTimestamp("at").toInstant(), kind,
                            kind.origin() == ChangeKind.Origin.PROVIDER
                                    ? new ConnectionId(rs.getObject("connection_id", UUID.class))
                                    : null,
                            json.readTree(rs.getString("body")));
                })
                .list();
    }

    /**
     * The connection's changes after {@code cursor}, oldest first: a range scan of the feed index
     * whatever the number of apprentices. Entries kept before the feed existed have no record and are left out.
     */
    public List<Change> changes(ConnectionId connection, long cursor, int limit) {
        return jdbc.sql("""
                        SELECT id, apprentice_id, call, at, record FROM apprentice_history
                        WHERE connection_id = ? AND id > ? AND record IS NOT NULL
                        ORDER BY id LIMIT ?""")
                .params(connection.value(), cursor, limit)
                .query((rs, row) -> new Change(rs.getLong("id"),
                        new ApprenticeId(rs.getObject("apprentice_id", UUID.class)),
                        ChangeKind.valueOf(rs.getString("call")), rs.getTimestamp("at").toInstant(),
                        json.readTree(rs.getString("record"))))
                .list();
    }

    private Optional<Apprentice> one(String sql, Object... params) {
        return withChildren(jdbc.sql(sql).params(params).query(this::mapRow).list()).stream().findFirst();
    }

    private void replaceChildren(Apprentice apprentice) {
        UUID id = apprentice.id().value();
        jdbc.sql("DELETE FROM apprentice_programmes WHERE apprentice_id = ?").param(id).update();
        jdbc.sql("DELETE FROM apprentice_circumstances WHERE apprentice_id = ?").param(id).update();
        jdbc.sql("DELETE FROM apprentice_epao_actions WHERE apprentice_id = ?").param(id).update();
        List<Programme> programmes = apprentice.programmes();
        for (int position = 0; position < programmes.size(); position++) {
            Programme programme = programmes.get(position);
            jdbc.sql("""
                            INSERT INTO apprentice_programmes (apprentice_id, position, standard_code,
                                standard_reference, standard_version, option, start_date, planned_end_date, status,
                                stop_date)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position, programme.standardCode(), programme.standardReference(),
                            programme.standardVersion(), programme.option(), programme.startDate(),
                            programme.plannedEndDate(), programme.status().name(), programme.stopDate())
                    .update();
        }
        List<Circumstance> circumstances = apprentice.circumstances();
        for (int position = 0; position < circumstances.size(); position++) {
            Circumstance circumstance = circumstances.get(position);
            jdbc.sql("""
                            INSERT INTO apprentice_circumstances (apprentice_id, position, type, effective_date,
                                recorded_at, detail)
                            VALUES (?, ?, ?, ?, ?, ?::jsonb)""")
                    .params(id, position, circumstance.type().name(), circumstance.effectiveDate(),
                            Timestamp.from(circumstance.recordedAt()), json.writeValueAsString(circumstance.detail()))
                    .update();
        }
        List<EpaoAction> actions = apprentice.epaoActions();
        for (int position = 0; position < actions.size(); position++) {
            EpaoAction action = actions.get(position);
            jdbc.sql("""
                            INSERT INTO apprentice_epao_actions (apprentice_id, position, type, effective_date,
                                recorded_at, gateway_date, grade, assessment_date, reason)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position, action.type().name(), action.effectiveDate(),
                            Timestamp.from(action.recordedAt()), action.gatewayDate(),
                            action.grade() == null ? null : action.grade().name(), action.assessmentDate(),
                            action.reason())
                    .update();
        }
    }

    private Map<String, Object> columns(Apprentice apprentice) {
        LearnerDetails learner = apprentice.learner();
        Address address = apprentice.employer().address();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", apprentice.id().value());
        columns.put("connection", apprentice.connectionId().value());
        columns.put("epao", apprentice.epaoId().value());
        columns.put("ukprn", apprentice.providerUkprn().value());
        columns.put("uln", learner.uln().value());
        columns.put("givenNames", learner.givenNames());
        columns.put("familyName", learner.familyName());
        columns.put("dateOfBirth", learner.dateOfBirth());
        columns.put("sex", learner.sex().name());
        columns.put("ethnicity", learner.ethnicity());
        columns.put("email", learner.email());
        columns.put("phone", learner.phone());
        columns.put("postalAddress", toJson(learner.address()));
        columns.put("employerName", apprentice.employer().name());
        columns.put("line1", address.line1());
        columns.put("line2", address.line2());
        columns.put("line3", address.line3());
        columns.put("town", address.town());
        columns.put("postcode", address.postcode());
        columns.put("employerContact", toJson(apprentice.employerContact()));
        columns.put("tutor", toJson(apprentice.tutor()));
        columns.put("registeredStatus", apprentice.registeredStatus().name());
        columns.put("updatedAt", Timestamp.from(apprentice.updatedAt()));
        return columns;
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private <T> T fromJson(String column, Class<T> type) {
        return column == null ? null : json.readValue(column, type);
    }

    /** An apprentice's own row; {@link #withChildren} attaches its programmes, circumstances and actions. */
    private Apprentice mapRow(ResultSet rs, int row) throws SQLException {
        LearnerDetails learner = new LearnerDetails(new Uln(rs.getString("uln")), rs.getString("given_names"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                Sex.valueOf(rs.getString("sex")), rs.getInt("ethnicity"), rs.getString("email"),
                rs.getString("phone"), fromJson(rs.getString("postal_address"), Address.class));
        Employer employer = new Employer(rs.getString("employer_name"), new Address(rs.getString("employer_line1"),
                rs.getString("employer_line2"), rs.getString("employer_line3"), rs.getString("employer_town"),
                rs.getString("employer_postcode")));
        return new Apprentice(new ApprenticeId(rs.getObject("id", UUID.class)),
                new ConnectionId(rs.getObject("connection_id", UUID.class)), new EpaoId(rs.getString("epao_id")),
                new Ukprn(rs.getString("provider_ukprn")), learner, employer,
                fromJson(rs.getString("employer_contact"), Contact.class), fromJson(rs.getString("tutor"), Contact.class),
                ApprenticeStatus.valueOf(rs.getString("registered_status")), List.of(), List.of(), List.of(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** Attaches every row's children with one statement per kind and batch, not one per apprentice. */
    private List<Apprentice> withChildren(List<Apprentice> rows) {
        List<Apprentice> apprentices = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Apprentice> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            List<UUID> ids = batch.stream().map(row -> row.id().value()).toList();
            Map<UUID, List<Programme>> programmes = children(ids, "apprentice_programmes", this::mapProgramme);
            Map<UUID, List<Circumstance>> circumstances = children(ids, "apprentice_circumstances",
                    this::mapCircumstance);
            Map<UUID, List<EpaoAction>> actions = children(ids, "apprentice_epao_actions", this::mapAction);
            for (Apprentice row : batch) {
                UUID id = row.id().value();
                apprentices.add(new Apprentice(row.id(), row.connectionId(), row.epaoId(), row.providerUkprn(),
                        row.learner(), row.employer(), row.employerContact(), row.tutor(), row.registeredStatus(),
                        programmes.getOrDefault(id, List.of()), circumstances.getOrDefault(id, List.of()),
                        actions.getOrDefault(id, List.of()), row.updatedAt()));
            }
        }
        return apprentices;
    }

    private interface ChildMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Map<UUID, List<T>> children(List<UUID> ids, String table, ChildMapper<T> mapper) {
        Map<UUID, List<T>> byApprentice = new HashMap<>();
        jdbc.sql("SELECT * FROM " + table + " WHERE apprentice_id IN (:ids) ORDER BY apprentice_id, position")
                .param("ids", ids)
                .query(rs -> {
                    byApprentice.computeIfAbsent(rs.getObject("apprentice_id", UUID.class), key -> new ArrayList<>())
                            .add(mapper.map(rs));
                });
        return byApprentice;
    }

    private Programme mapProgramme(ResultSet rs) throws SQLException {
        return new Programme(rs.getInt("standard_code"), rs.getString("standard_reference"),
                rs.getString("standard_version"), rs.getString("option"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("planned_end_date", LocalDate.class), ProgrammeStatus.valueOf(rs.getString("status")),
                rs.getObject("stop_date", LocalDate.class));
    }

    private Circumstance mapCircumstance(ResultSet rs) throws SQLException {
        return new Circumstance(CircumstanceType.valueOf(rs.getString("type")),
                rs.getObject("effective_date", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                json.readValue(rs.getString("detail"), DETAIL));
    }

    private EpaoAction mapAction(ResultSet rs) throws SQLException {
        String grade = rs.getString("grade");
        return new EpaoAction(EpaoActionType.valueOf(rs.getString("type")),
                rs.getObject("effective_date", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("gateway_date", LocalDate.class), grade == null ? null : Grade.valueOf(grade),
                rs.getObject("assessment_date", LocalDate.class), rs.getString("reason"));
    }
}
