package uk.learnersync.provider.epa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.epa.Epao;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.epa.Epaos;
import uk.learnersync.provider.shared.ProviderId;

/**
 * The global register joined with the provider's own directory; every statement on the directory is
 * scoped to the provider. The register wins where both know an ID, or where the provider added an
 * organisation by a UKPRN that the register gives it (a newer register may add either).
 */
@Repository
public class EpaoStore implements Epaos {

    private static final String ALL = """
            SELECT epao_id, name, ukprn, true AS in_register FROM epao_register
            UNION ALL
            SELECT epao_id, name, NULL, false FROM provider_epaos d
            WHERE d.provider_id = :provider
              AND NOT EXISTS (SELECT 1 FROM epao_register r WHERE r.epao_id = d.epao_id OR r.ukprn = d.epao_id)
            """;

    private final JdbcClient jdbc;

    EpaoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an EPAO to the provider's directory; empty when the directory already holds it. */
    public Optional<UUID> insert(ProviderId providerId, EpaoId epaoId, String name) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO provider_epaos (id, provider_id, epao_id, name) VALUES (?, ?, ?, ?)
                        ON CONFLICT (provider_id, epao_id) DO NOTHING""")
                .params(id, providerId.value(), epaoId.value(), name)
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** By its ID, or by the UKPRN the register gives it (2026/27 allows either as the ILR EPAOrgID). */
    @Override
    public Optional<Epao> find(ProviderId providerId, EpaoId epaoId) {
        return jdbc.sql("SELECT * FROM (" + ALL + ") e WHERE epao_id = :epao OR ukprn = :epao"
                        + " ORDER BY epao_id = :epao DESC, epao_id LIMIT 1")
                .param("provider", providerId.value())
                .param("epao", epaoId.value())
                .query(EpaoStore::map)
                .optional();
    }

    public List<Epao> search(ProviderId providerId, String query) {
        return jdbc.sql("SELECT * FROM (" + ALL + ") e WHERE epao_id ILIKE :pattern OR name ILIKE :pattern"
                        + " OR ukprn ILIKE :pattern ORDER BY epao_id")
                .param("provider", providerId.value())
                .param("pattern", Patterns.contains(query))
                .query(EpaoStore::map)
                .list();
    }

    private static Epao map(ResultSet rs, int row) throws SQLException {
        return new Epao(new EpaoId(rs.getString("epao_id")), rs.getString("name"), rs.getString("ukprn"),
                rs.getBoolean("in_register"));
    }
}
