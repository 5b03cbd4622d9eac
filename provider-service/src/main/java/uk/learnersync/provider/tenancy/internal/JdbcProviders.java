package uk.learnersync.provider.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.validation.ConflictException;
import uk.learnersync.provider.tenancy.Provider;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.Providers;
import uk.learnersync.provider.tenancy.Ukprn;

@Repository
class JdbcProviders implements Providers {

    static final String TOKEN_PREFIX = "lsp_";

    private final JdbcClient jdbc;

    JdbcProviders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public NewProvider create(Ukprn ukprn, String name) {
        Provider provider = new Provider(new ProviderId(UUID.randomUUID()), ukprn, name, Instant.now());
        try {
            jdbc.sql("INSERT INTO providers (id, ukprn, name, created_at) VALUES (?, ?, ?, ?)")
                    .params(provider.id().value(), ukprn.value(), name, java.sql.Timestamp.from(provider.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A provider with UKPRN " + ukprn + " already exists");
        }
        return new NewProvider(provider, issueApiToken(provider.id()));
    }

    @Override
    public Optional<Provider> find(ProviderId id) {
        return jdbc.sql("SELECT * FROM providers WHERE id = ?").param(id.value()).query(JdbcProviders::map).optional();
    }

    @Override
    public Optional<Provider> findByUkprn(Ukprn ukprn) {
        return jdbc.sql("SELECT * FROM providers WHERE ukprn = ?").param(ukprn.value()).query(JdbcProviders::map).optional();
    }

    @Override
    @Transactional
    public String issueApiToken(ProviderId id) {
        String token = Secrets.newToken(TOKEN_PREFIX);
        jdbc.sql("INSERT INTO provider_api_tokens (id, provider_id, token_hash, created_at) VALUES (?, ?, ?, now())")
                .params(UUID.randomUUID(), id.value(), Secrets.hash(token))
                .update();
        return token;
    }

    /** The provider and token ID that a presented API token belongs to, if it is live. */
    Optional<TokenOwner> ownerOfToken(String token) {
        return jdbc.sql("""
                        SELECT t.id, t.provider_id FROM provider_api_tokens t
                        WHERE t.token_hash = ? AND t.revoked_at IS NULL""")
                .param(Secrets.hash(token))
                .query((rs, row) -> new TokenOwner(new ProviderId(rs.getObject("provider_id", UUID.class)),
                        rs.getObject("id", UUID.class)))
                .optional();
    }

    record TokenOwner(ProviderId providerId, UUID tokenId) {
    }

    private static Provider map(ResultSet rs, int row) throws SQLException {
        return new Provider(new ProviderId(rs.getObject("id", UUID.class)), new Ukprn(rs.getString("ukprn")),
                rs.getString("name"), rs.getTimestamp("created_at").toInstant());
    }
}
