package uk.learnersync.provider.employers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.employers.ManagerDetails;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.shared.ProviderId;

/** Employers' managers in PostgreSQL; every statement is scoped to the provider. */
@Repository
public class ManagerStore {

    private final JdbcClient jdbc;

    ManagerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Manager manager) {
        jdbc.sql("""
                        INSERT INTO managers (id, provider_id, employer_id, given_name, family_name, email, phone)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(manager.id().value(), manager.providerId().value(), manager.employerId().value(),
                        manager.givenName(), manager.familyName(), manager.email(), manager.phone())
                .update();
    }

    /**
     * Writes new details and returns the record's new version;
     * the caller holds the row lock ({@link #findForUpdate}).
     */
    public long update(ProviderId providerId, ManagerId id, ManagerDetails details) {
        return jdbc.sql("""
                        UPDATE managers
                        SET employer_id = ?, given_name = ?, family_name = ?, email = ?, phone = ?,
                            version = version + 1, updated_at = now()
                        WHERE provider_id = ? AND id = ?
                        RETURNING version""")
                .params(details.employerId().value(), details.givenName(), details.familyName(), details.email(),
                        details.phone(), providerId.value(), id.value())
                .query(Long.class)
                .single();
    }

    public Optional<Manager> find(ProviderId providerId, ManagerId id) {
        return jdbc.sql("SELECT * FROM managers WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id.value())
                .query(ManagerStore::map)
                .optional();
    }

    /** Reads a manager and locks its row until the transaction ends, so that concurrent changes queue up. */
    public Optional<Manager> findForUpdate(ProviderId providerId, ManagerId id) {
        return jdbc.sql("SELECT * FROM managers WHERE provider_id = ? AND id = ? FOR UPDATE")
                .params(providerId.value(), id.value())
                .query(ManagerStore::map)
                .optional();
    }

    /** The provider's managers, or only those of one employer when {@code employerId} is given. */
    public List<Manager> list(ProviderId providerId, EmployerId employerId) {
        return jdbc.sql("""
                        SELECT * FROM managers
                        WHERE provider_id = ? AND (CAST(? AS uuid) IS NULL OR employer_id = ?)
                        ORDER BY family_name, given_name, id""")
                .params(providerId.value(), employerId == null ? null : employerId.value(),
                        employerId == null ? null : employerId.value())
                .query(ManagerStore::map)
                .list();
    }

    private static Manager map(ResultSet rs, int row) throws SQLException {
        return new Manager(new ManagerId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new EmployerId(rs.getObject("employer_id", UUID.class)), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("email"), rs.getString("phone"), rs.getLong("version"));
    }
}
