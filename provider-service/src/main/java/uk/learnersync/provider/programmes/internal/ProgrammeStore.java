package uk.learnersync.provider.programmes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ApprenticeshipType;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.ProgrammeDetails;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.programmes.Programmes;
import uk.learnersync.provider.shared.ProviderId;

/** Programmes in PostgreSQL, options as a JSON array; every statement is scoped to the provider. */
@Repository
public class ProgrammeStore implements Programmes {

    private static final TypeReference<List<String>> OPTIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProgrammeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Programme programme) {
        jdbc.sql("""
                        INSERT INTO programmes (id, provider_id, name, standard_code, standard_reference, standard_version,
                                                options, epao_id, apprenticeship_type, unit_aim_ref)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""")
                .params(programme.id().value(), programme.providerId().value(), programme.name(),
                        programme.standardCode(), programme.standardReference(), programme.standardVersion(),
                        json.writeValueAsString(programme.options()), epao(programme), programme.type().name(),
                        programme.unitAimRef())
                .update();
    }

    /**
     * Writes new details and returns the record's new version;
     * the caller holds the row lock ({@link #findForUpdate}).
     */
    public long update(ProviderId providerId, ProgrammeId id, ProgrammeDetails details) {
        return jdbc.sql("""
                        UPDATE programmes SET name = ?, standard_code = ?, standard_reference = ?, standard_version = ?,
                                              options = CAST(? AS jsonb), epao_id = ?, apprenticeship_type = ?,
                                              unit_aim_ref = ?, version = version + 1, updated_at = now()
                        WHERE provider_id = ? AND id = ?
                        RETURNING version""")
                .params(details.name(), details.standardCode(), details.standardReference(),
                        details.standardVersion(), json.writeValueAsString(details.options()),
                        details.epaoId() == null ? null : details.epaoId().value(), details.type().name(),
                        details.unitAimRef(), providerId.value(), id.value())
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<Programme> find(ProviderId providerId, ProgrammeId id) {
        return jdbc.sql("SELECT * FROM programmes WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id.value())
                .query(this::map)
                .optional();
    }

    /** Reads a programme and locks its row until the transaction ends, so that concurrent changes queue up. */
    public Optional<Programme> findForUpdate(ProviderId providerId, ProgrammeId id) {
        return jdbc.sql("SELECT * FROM programmes WHERE provider_id = ? AND id = ? FOR UPDATE")
                .params(providerId.value(), id.value())
                .query(this::map)
                .optional();
    }

    public List<Programme> list(ProviderId providerId) {
        return jdbc.sql("SELECT * FROM programmes WHERE provider_id = ? ORDER BY name, id")
                .param(providerId.value())
                .query(this::map)
                .list();
    }

    private Programme map(ResultSet rs, int row) throws SQLException {
        String epaoId = rs.getString("epao_id");
        return new Programme(new ProgrammeId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("name"),
                rs.getObject("standard_code", Integer.class), rs.getString("standard_reference"),
                rs.getString("standard_version"), json.readValue(rs.getString("options"), OPTIONS),
                epaoId == null ? null : new EpaoId(epaoId), ApprenticeshipType.valueOf(rs.getString("apprenticeship_type")),
                rs.getString("unit_aim_ref"), rs.getLong("version"));
    }

    private static String epao(Programme programme) {
        return programme.epaoId() == null ? null : programme.epaoId().value();
    }
}
