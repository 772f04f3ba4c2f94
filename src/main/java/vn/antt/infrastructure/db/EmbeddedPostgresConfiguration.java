package vn.antt.infrastructure.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, the application starts its own
 * PostgreSQL server whose files persist in {@code antt.embedded-db.directory}.
 *
 * <p>The server is started inside the {@link DataSource} bean method on purpose: tests replace that bean with zonky's
 * test database, so the method never runs there and tests never touch the persistent directory.
 *
 * <p>{@code antt.embedded-db.enabled=false} turns it off altogether (the {@code prod} profile; a database given by a
 * Testcontainers service connection): then a missing database URL fails the start instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnBooleanProperty(name = "antt.embedded-db.enabled", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean
    DataSource dataSource(@Value("${antt.embedded-db.directory:data/postgres}") File directory,
                          @Value("${antt.embedded-db.port:0}") int port) {
        try {
            String refusal = DataDirectoryVersion.refusal(directory.toPath(), DataDirectoryVersion.EMBEDDED_MAJOR);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            directory.mkdirs();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                    // zonky tunes its server for throw-away test data; these files hold what officers typed
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // zonky gives up after 10 s; a first start (initdb) on a busy 2-core machine can take longer
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
                    directory.getAbsolutePath());
            return new EmbeddedPostgresDataSource(postgres);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
        }
    }

    /** A pool over the embedded server that stops the server when the pool is closed. */
    static final class EmbeddedPostgresDataSource extends HikariDataSource {

        private final EmbeddedPostgres postgres;

        EmbeddedPostgresDataSource(EmbeddedPostgres postgres) {
            this.postgres = postgres;
            setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            setUsername("postgres");
            setPoolName("antt-embedded");
        }

        @Override
        public void close() {
            super.close();
            try {
                postgres.close();
            }
            catch (IOException ex) {
                log.warn("Embedded PostgreSQL did not stop cleanly", ex);
            }
        }
    }
}
