package uk.learnersync.provider.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwner;
import uk.learnersync.provider.staff.CaseOwnerDetails;
import uk.learnersync.provider.staff.CaseOwnerId;
import uk.learnersync.provider.staff.CaseOwners;

/** Case owners in PostgreSQL; every statement is scoped to the provider. */
@Repository
public class CaseOwnerStore implements CaseOwners {

    private final JdbcClient jdbc;

    CaseOwnerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CaseOwner caseOwner) {
        jdbc.sql("""
                        INSERT INTO case_owners (id, provider_id, given_name, family_name, email, phone)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseOwner.id().value(), caseOwner.providerId().value(), caseOwner.givenName(),
                        caseOwner.familyName(), caseOwner.email(), caseOwner.phone())
                .update();
    }

    /**
     * Writes new details and returns the record's new version;
     * the caller holds the row lock ({@link #findForUpdate}).
     */
    public long update(ProviderId providerId, CaseOwnerId id, CaseOwnerDetails details) {
        return jdbc.sql("""
                        UPDATE case_owners SET given_name = ?, family_name = ?, email = ?, phone = ?,
                            version = version + 1, updated_at = now()
                        WHERE provider_id = ? AND id = ?
                        RETURNING version""")
                .params(details.givenName(), details.familyName(), details.email(), details.phone(),
                        providerId.value(), id.value())
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<CaseOwner> find(ProviderId providerId, CaseOwnerId id) {
        return jdbc.sql("SELECT * FROM case_owners WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id.value())
                .query(CaseOwnerStore::map)
                .optional();
    }

    /** Reads a case owner and locks its row until the transaction ends, so that concurrent changes queue up. */
    public Optional<CaseOwner> findForUpdate(ProviderId providerId, CaseOwnerId id) {
        return jdbc.sql("SELECT * FROM case_owners WHERE provider_id = ? AND id = ? FOR UPDATE")
                .params(providerId.value(), id.value())
                .query(CaseOwnerStore::map)
                .optional();
    }

    public List<CaseOwner> list(ProviderId providerId) {
        return jdbc.sql("SELECT * FROM case_owners WHERE provider_id = ? ORDER BY family_name, given_name, id")
                .param(providerId.value())
                .query(CaseOwnerStore::map)
                .list();
    }

    private static CaseOwner map(ResultSet rs, int row) throws SQLException {
        return new CaseOwner(new CaseOwnerId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("email"), rs.getString("phone"), rs.getLong("version"));
    }
}
