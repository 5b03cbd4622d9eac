package uk.learnersync.epaplatform.apprentices.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
import uk.learnersync.epaplatform.apprentices.ApprenticeStatus;
import uk.learnersync.epaplatform.apprentices.Call;
import uk.learnersync.epaplatform.apprentices.Circumstance;
import uk.learnersync.epaplatform.apprentices.CircumstanceType;
import uk.learnersync.epaplatform.apprentices.Contact;
import uk.learnersync.epaplatform.apprentices.Employer;
import uk.learnersync.epaplatform.apprentices.HistoryEntry;
import uk.learnersync.epaplatform.apprentices.LearnerDetails;
import uk.learnersync.epaplatform.apprentices.Programme;
import uk.learnersync.epaplatform.apprentices.ProgrammeStatus;
import uk.learnersync.epaplatform.organisations.ConnectionId;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Ukprn;

/**
 * Apprentice records with their programmes, circumstances and history. Reads for a connection are
 * scoped by its ID in the statement itself, so that another connection's apprentice is never found.
 */
@Repository
public class ApprenticeStore {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApprenticeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Apprentice apprentice) {
        jdbc.sql("""
                        INSERT INTO apprentices (id, connection_id, epao_id, provider_ukprn, uln, given_names,
                            family_name, date_of_birth, sex, ethnicity, email, employer_name, employer_line1,
                            employer_line2, employer_line3, employer_town, employer_postcode, employer_contact, tutor,
                            status, registered_at, updated_at)
                        VALUES (:id, :connection, :epao, :ukprn, :uln, :givenNames, :familyName, :dateOfBirth, :sex,
                            :ethnicity, :email, :employerName, :line1, :line2, :line3, :town, :postcode,
                            CAST(:employerContact AS jsonb), CAST(:tutor AS jsonb), :status, :updatedAt, :updatedAt)""")
                .params(columns(apprentice))
                .update();
        replaceChildren(apprentice);
    }

    /** Writes back a changed record; the caller holds its row lock from {@link #findForUpdate}. */
    public void update(Apprentice apprentice) {
        jdbc.sql("""
                        UPDATE apprentices SET uln = :uln, given_names = :givenNames, family_name = :familyName,
                            date_of_birth = :dateOfBirth, sex = :sex, ethnicity = :ethnicity, email = :email,
                            employer_name = :employerName, employer_line1 = :line1, employer_line2 = :line2,
                            employer_line3 = :line3, employer_town = :town, employer_postcode = :postcode,
                            employer_contact = CAST(:employerContact AS jsonb), tutor = CAST(:tutor AS jsonb), status = :status,
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

    /** The organisation's apprentices, most recently changed first; {@code uln} narrows them when given. */
    public List<Apprentice> listAtOrganisation(EpaoId epaoId, String uln) {
        return jdbc.sql("""
                        SELECT * FROM apprentices WHERE epao_id = ? AND (CAST(? AS text) IS NULL OR uln = ?)
                        ORDER BY updated_at DESC, id""")
                .params(epaoId.value(), uln, uln)
                .query(this::mapApprentice)
                .list();
    }

    public void recordHistory(ApprenticeId id, ConnectionId connection, Call call, String body, Instant at) {
        jdbc.sql("""
                        INSERT INTO apprentice_history (apprentice_id, connection_id, call, body, at)
                        VALUES (?, ?, ?, ?::jsonb, ?)""")
                .params(id.value(), connection.value(), call.name(), body, Timestamp.from(at))
                .update();
    }

    public List<HistoryEntry> history(ApprenticeId id) {
        return jdbc.sql("SELECT * FROM apprentice_history WHERE apprentice_id = ? ORDER BY id")
                .param(id.value())
                .query((rs, row) -> new HistoryEntry(rs.getTimestamp("at").toInstant(),
                        Call.valueOf(rs.getString("call")),
                        new ConnectionId(rs.getObject("connection_id", UUID.class)),
                        json.readTree(rs.getString("body"))))
                .list();
    }

    private Optional<Apprentice> one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(this::mapApprentice).optional();
    }

    private void replaceChildren(Apprentice apprentice) {
        UUID id = apprentice.id().value();
        jdbc.sql("DELETE FROM apprentice_programmes WHERE apprentice_id = ?").param(id).update();
        jdbc.sql("DELETE FROM apprentice_circumstances WHERE apprentice_id = ?").param(id).update();
        List<Programme> programmes = apprentice.programmes();
        for (int position = 0; position < programmes.size(); position++) {
            Programme programme = programmes.get(position);
            jdbc.sql("""
                            INSERT INTO apprentice_programmes (apprentice_id, position, standard_code,
                                standard_reference, standard_version, option, start_date, planned_end_date, status)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position, programme.standardCode(), programme.standardReference(),
                            programme.standardVersion(), programme.option(), programme.startDate(),
                            programme.plannedEndDate(), programme.status().name())
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
    }

    private Map<String, Object> columns(Apprentice apprentice) {
        LearnerDetails learner = apprentice.learner();
        Address address = apprentice.employer().address();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", apprentice.id().value());
        columns.put("connection", apprentice.connectionId().value());
        columns.put("epao", apprentice.epaoId().value());
        columns.put("ukprn", apprentice.providerUkprn().value());
        columns.put("uln", learner.uln());
        columns.put("givenNames", learner.givenNames());
        columns.put("familyName", learner.familyName());
        columns.put("dateOfBirth", learner.dateOfBirth());
        columns.put("sex", learner.sex());
        columns.put("ethnicity", learner.ethnicity());
        columns.put("email", learner.email());
        columns.put("employerName", apprentice.employer().name());
        columns.put("line1", address.line1());
        columns.put("line2", address.line2());
        columns.put("line3", address.line3());
        columns.put("town", address.town());
        columns.put("postcode", address.postcode());
        columns.put("employerContact", toJson(apprentice.employerContact()));
        columns.put("tutor", toJson(apprentice.tutor()));
        columns.put("status", apprentice.status().name());
        columns.put("updatedAt", Timestamp.from(apprentice.updatedAt()));
        return columns;
    }

    private String toJson(Contact contact) {
        return contact == null ? null : json.writeValueAsString(contact);
    }

    private Contact contact(String column) {
        return column == null ? null : json.readValue(column, Contact.class);
    }

    private Apprentice mapApprentice(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        LearnerDetails learner = new LearnerDetails(rs.getString("uln"), rs.getString("given_names"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("sex"), rs.getInt("ethnicity"), rs.getString("email"));
        Employer employer = new Employer(rs.getString("employer_name"), new Address(rs.getString("employer_line1"),
                rs.getString("employer_line2"), rs.getString("employer_line3"), rs.getString("employer_town"),
                rs.getString("employer_postcode")));
        return new Apprentice(new ApprenticeId(id), new ConnectionId(rs.getObject("connection_id", UUID.class)),
                new EpaoId(rs.getString("epao_id")), new Ukprn(rs.getString("provider_ukprn")), learner, employer,
                contact(rs.getString("employer_contact")), contact(rs.getString("tutor")),
                ApprenticeStatus.valueOf(rs.getString("status")), programmes(id), circumstances(id),
                rs.getTimestamp("updated_at").toInstant());
    }

    private List<Programme> programmes(UUID apprenticeId) {
        return jdbc.sql("SELECT * FROM apprentice_programmes WHERE apprentice_id = ? ORDER BY position")
                .param(apprenticeId)
                .query((rs, row) -> new Programme(rs.getInt("standard_code"), rs.getString("standard_reference"),
                        rs.getString("standard_version"), rs.getString("option"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("planned_end_date", LocalDate.class),
                        ProgrammeStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private List<Circumstance> circumstances(UUID apprenticeId) {
        return jdbc.sql("SELECT * FROM apprentice_circumstances WHERE apprentice_id = ? ORDER BY position")
                .param(apprenticeId)
                .query((rs, row) -> new Circumstance(CircumstanceType.valueOf(rs.getString("type")),
                        rs.getObject("effective_date", LocalDate.class),
                        rs.getTimestamp("recorded_at").toInstant(), json.readValue(rs.getString("detail"), DETAIL)))
                .list();
    }
}
