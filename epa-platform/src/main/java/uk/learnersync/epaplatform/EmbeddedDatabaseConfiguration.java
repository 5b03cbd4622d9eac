package uk.learnersync.epaplatform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.learnersync.support.EmbeddedPostgresServer;

/**
 * Without {@code spring.datasource.url}, the platform runs its own PostgreSQL whose data lives in
 * {@code EPA_PLATFORM_DATA_DIR}. Spring closes the beans in reverse order, so the web server stops
 * first, then the pool, then PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "epa_platform";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EpaPlatformProperties properties) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.durable(properties.dataDir().resolve("postgres"));
        server.ensureDatabase(DATABASE);
        return server;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("epa-platform");
        config.setJdbcUrl(server.jdbcUrl(DATABASE));
        config.setUsername(server.username());
        config.setPassword(server.password());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
