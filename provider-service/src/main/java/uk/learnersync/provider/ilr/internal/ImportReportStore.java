package uk.learnersync.provider.ilr.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.provider.ilr.ImportError;
import uk.learnersync.provider.ilr.ImportReport;
import uk.learnersync.provider.ilr.ImportReportId;
import uk.learnersync.provider.shared.ProviderId;

/** Import reports in PostgreSQL; every statement is scoped to the provider. */
@Repository
class ImportReportStore {

    private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ProviderId providerId, String uploadedBy, ImportReport report) {
        jdbc.sql("""
                        INSERT INTO ilr_imports (id, provider_id, uploaded_by, created_at, year, learners, created,
                                                 updated, unchanged, rejected, skipped, errors)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")
                .params(report.id().value(), providerId.value(), uploadedBy,
                        java.sql.Timestamp.from(report.createdAt()), report.year().code(), report.learners(),
                        report.created(),
                        report.updated(), report.unchanged(), report.rejected(), report.skipped(),
                        json.writeValueAsString(report.errors()))
                .update();
    }

    Optional<ImportReport> find(ProviderId providerId, ImportReportId id) {
        return jdbc.sql("SELECT * FROM ilr_imports WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id.value())
                .query(this::map)
                .optional();
    }

    private ImportReport map(ResultSet rs, int row) throws SQLException {
        return new ImportReport(new ImportReportId(rs.getObject("id", UUID.class)),
                rs.getTimestamp("created_at").toInstant(), IlrYear.of(rs.getString("year")), rs.getInt("learners"),
                rs.getInt("created"),
                rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected"), rs.getInt("skipped"),
                json.readValue(rs.getString("errors"), ERRORS));
    }
}
