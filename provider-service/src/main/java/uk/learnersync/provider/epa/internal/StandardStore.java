package uk.learnersync.provider.epa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.epa.Standard;
import uk.learnersync.provider.epa.Standards;

/** The standards catalogue: global reference data, so no provider scope. */
@Repository
class StandardStore implements Standards {

    private static final String SELECT = """
            SELECT s.*, (SELECT string_agg(a.epao_id, ',' ORDER BY a.epao_id) FROM standard_assessors a
                         WHERE a.standard_code = s.code) AS assessors
            FROM standards s
            """;

    private final JdbcClient jdbc;

    StandardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Standard> find(int code) {
        return jdbc.sql(SELECT + " WHERE s.code = ?").param(code).query(StandardStore::map).optional();
    }

    @Override
    public List<Standard> search(String query) {
        return jdbc.sql(SELECT + " WHERE s.code::text = :exact OR s.reference ILIKE :pattern OR s.title ILIKE :pattern"
                        + " ORDER BY s.code")
                .param("exact", query == null ? "" : query.strip())
                .param("pattern", Patterns.contains(query))
                .query(StandardStore::map)
                .list();
    }

    private static Standard map(ResultSet rs, int row) throws SQLException {
        String assessors = rs.getString("assessors");
        return new Standard(rs.getInt("code"), rs.getString("reference"), rs.getString("title"),
                rs.getObject("level", Integer.class),
                assessors == null ? List.of() : Arrays.stream(assessors.split(",")).map(EpaoId::new).toList());
    }
}
