package uk.learnersync.provider.employers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.employers.EmpId;
import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddress;
import uk.learnersync.provider.employers.EmployerAddressDetails;
import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerDetails;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.Employers;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.employers.Postcode;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.provider.shared.ProviderId;

/** Employers and their addresses in PostgreSQL; every statement is scoped to the provider. */
@Repository
public class EmployerStore implements Employers {

    /** Matches every employer when the name search is null, else those whose name contains it in any case. */
    private static final String NAME_FILTER = "(CAST(? AS text) IS NULL OR strpos(lower(e.name), lower(?)) > 0)";

    private final JdbcClient jdbc;
    private final ManagerStore managers;

    EmployerStore(JdbcClient jdbc, ManagerStore managers) {
        this.jdbc = jdbc;
        this.managers = managers;
    }

    /** Stores a new employer without its addresses; a second employer with the same EmpId is a conflict. */
    public void insert(Employer employer) {
        try {
            jdbc.sql("INSERT INTO employers (id, provider_id, name, emp_id) VALUES (?, ?, ?, ?)")
                    .params(employer.id().value(), employer.providerId().value(), employer.name(),
                            value(employer.empId()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicateEmpId(employer.empId());
        }
    }

    /**
     * Writes new details and returns the employer's new version; the caller holds the row lock
     * ({@link #findForUpdate}). An EmpId another employer has is a conflict.
     */
    public long update(ProviderId providerId, EmployerId id, EmployerDetails details) {
        try {
            return jdbc.sql("""
                            UPDATE employers SET name = ?, emp_id = ?, version = version + 1, updated_at = now()
                            WHERE provider_id = ? AND id = ?
                            RETURNING version""")
                    .params(details.name(), value(details.empId()), providerId.value(), id.value())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw duplicateEmpId(details.empId());
        }
    }

    /** A new or changed address changes what the employer shows: its version moves too. */
    public void addressesChanged(ProviderId providerId, EmployerId id) {
        jdbc.sql("UPDATE employers SET version = version + 1, updated_at = now() WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id.value())
                .update();
    }

    public void insertAddress(ProviderId providerId, EmployerAddress address) {
        jdbc.sql("""
                        INSERT INTO employer_addresses (id, provider_id, employer_id, line1, line2, line3, town, postcode)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(address.id().value(), providerId.value(), address.employerId().value(), address.line1(),
                        address.line2(), address.line3(), address.town(), address.postcode().value())
                .update();
    }

    /** Writes an address's new details and returns its new version; the caller holds its row lock. */
    public long updateAddress(ProviderId providerId, EmployerAddressId id, EmployerAddressDetails details) {
        return jdbc.sql("""
                        UPDATE employer_addresses
                        SET line1 = ?, line2 = ?, line3 = ?, town = ?, postcode = ?, version = version + 1,
                            updated_at = now()
                        WHERE provider_id = ? AND id = ?
                        RETURNING version""")
                .params(details.line1(), details.line2(), details.line3(), details.town(), details.postcode().value(),
                        providerId.value(), id.value())
                .query(Long.class)
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Employer> find(ProviderId providerId, EmployerId id) {
        return find(providerId, id, "");
    }

    /** Reads an employer and locks its row until the transaction ends, so that concurrent changes queue up. */
    public Optional<Employer> findForUpdate(ProviderId providerId, EmployerId id) {
        return find(providerId, id, " FOR UPDATE");
    }

    /** Reads one of the employer's addresses and locks its row until the transaction ends. */
    public Optional<EmployerAddress> findAddressForUpdate(ProviderId providerId, EmployerId employerId,
                                                          EmployerAddressId id) {
        return jdbc.sql("""
                        SELECT * FROM employer_addresses WHERE provider_id = ? AND employer_id = ? AND id = ?
                        FOR UPDATE""")
                .params(providerId.value(), employerId.value(), id.value())
                .query(EmployerStore::mapAddress)
                .optional();
    }

    private Optional<Employer> find(ProviderId providerId, EmployerId id, String lock) {
        Optional<Employer> employer = jdbc.sql("SELECT * FROM employers WHERE provider_id = ? AND id = ?" + lock)
                .params(providerId.value(), id.value())
                .query((rs, row) -> mapEmployer(rs, List.of()))
                .optional();
        // Read after the employer's row, so that under its lock no address can have changed in between.
        List<EmployerAddress> addresses = jdbc.sql("""
                        SELECT * FROM employer_addresses WHERE provider_id = ? AND employer_id = ? ORDER BY ordinal""")
                .params(providerId.value(), id.value())
                .query(EmployerStore::mapAddress)
                .list();
        return employer.map(found -> new Employer(found.id(), found.providerId(), found.name(), found.empId(),
                List.copyOf(addresses), found.version()));
    }

    public boolean exists(ProviderId providerId, EmployerId id) {
        return jdbc.sql("SELECT count(*) FROM employers WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id.value())
                .query(Long.class)
                .single() > 0;
    }

    /** The provider's employers by name, each with its addresses; {@code nameContains} may be {@code null}. */
    @Transactional(readOnly = true)
    public List<Employer> list(ProviderId providerId, String nameContains) {
        Map<UUID, List<EmployerAddress>> addresses = jdbc.sql("""
                        SELECT a.* FROM employer_addresses a
                        JOIN employers e ON e.provider_id = a.provider_id AND e.id = a.employer_id
                        WHERE a.provider_id = ? AND %s
                        ORDER BY a.ordinal""".formatted(NAME_FILTER))
                .params(providerId.value(), nameContains, nameContains)
                .query(EmployerStore::mapAddress)
                .stream()
                .collect(Collectors.groupingBy(address -> address.employerId().value()));
        return jdbc.sql("SELECT e.* FROM employers e WHERE e.provider_id = ? AND %s ORDER BY lower(e.name), e.id"
                        .formatted(NAME_FILTER))
                .params(providerId.value(), nameContains, nameContains)
                .query((rs, row) -> mapEmployer(rs,
                        addresses.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    @Override
    public Optional<Manager> findManager(ProviderId providerId, ManagerId id) {
        return managers.find(providerId, id);
    }

    private static String value(EmpId empId) {
        return empId == null ? null : empId.value();
    }

    private static ConflictException duplicateEmpId(EmpId empId) {
        return new ConflictException("Another employer already has the EmpId " + empId);
    }

    private static Employer mapEmployer(ResultSet rs, List<EmployerAddress> addresses) throws SQLException {
        String empId = rs.getString("emp_id");
        return new Employer(new EmployerId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("name"),
                empId == null ? null : new EmpId(empId), List.copyOf(addresses), rs.getLong("version"));
    }

    private static EmployerAddress mapAddress(ResultSet rs, int row) throws SQLException {
        return new EmployerAddress(new EmployerAddressId(rs.getObject("id", UUID.class)),
                new EmployerId(rs.getObject("employer_id", UUID.class)), rs.getString("line1"), rs.getString("line2"),
                rs.getString("line3"), rs.getString("town"), new Postcode(rs.getString("postcode")),
                rs.getLong("version"));
    }
}
