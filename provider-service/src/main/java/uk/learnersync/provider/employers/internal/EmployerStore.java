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
import uk.learnersync.provider.employers.EmployerAddressId;
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
                            empId(employer))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicateEmpId(employer);
        }
    }

    public void update(Employer employer) {
        try {
            jdbc.sql("""
                            UPDATE employers SET name = ?, emp_id = ?, updated_at = now()
                            WHERE provider_id = ? AND id = ?""")
                    .params(employer.name(), empId(employer), employer.providerId().value(), employer.id().value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicateEmpId(employer);
        }
    }

    public void insertAddress(ProviderId providerId, EmployerAddress address) {
        jdbc.sql("""
                        INSERT INTO employer_addresses (id, provider_id, employer_id, line1, line2, line3, town, postcode)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(address.id().value(), providerId.value(), address.employerId().value(), address.line1(),
                        address.line2(), address.line3(), address.town(), address.postcode().value())
                .update();
    }

    public void updateAddress(ProviderId providerId, EmployerAddress address) {
        jdbc.sql("""
                        UPDATE employer_addresses
                        SET line1 = ?, line2 = ?, line3 = ?, town = ?, postcode = ?, updated_at = now()
                        WHERE provider_id = ? AND employer_id = ? AND id = ?""")
                .params(address.line1(), address.line2(), address.line3(), address.town(), address.postcode().value(),
                        providerId.value(), address.employerId().value(), address.id().value())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Employer> find(ProviderId providerId, EmployerId id) {
        List<EmployerAddress> addresses = jdbc.sql("""
                        SELECT * FROM employer_addresses WHERE provider_id = ? AND employer_id = ? ORDER BY ordinal""")
                .params(providerId.value(), id.value())
                .query(EmployerStore::mapAddress)
                .list();
        return jdbc.sql("SELECT * FROM employers WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id.value())
                .query((rs, row) -> mapEmployer(rs, addresses))
                .optional();
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

    private static String empId(Employer employer) {
        return employer.empId() == null ? null : employer.empId().value();
    }

    private static ConflictException duplicateEmpId(Employer employer) {
        return new ConflictException("Another employer already has the EmpId " + employer.empId());
    }

    private static Employer mapEmployer(ResultSet rs, List<EmployerAddress> addresses) throws SQLException {
        String empId = rs.getString("emp_id");
        return new Employer(new EmployerId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("name"),
                empId == null ? null : new EmpId(empId), List.copyOf(addresses));
    }

    private static EmployerAddress mapAddress(ResultSet rs, int row) throws SQLException {
        return new EmployerAddress(new EmployerAddressId(rs.getObject("id", UUID.class)),
                new EmployerId(rs.getObject("employer_id", UUID.class)), rs.getString("line1"), rs.getString("line2"),
                rs.getString("line3"), rs.getString("town"), new Postcode(rs.getString("postcode")));
    }
}
