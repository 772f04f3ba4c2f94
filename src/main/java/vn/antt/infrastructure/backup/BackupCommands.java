package vn.antt.infrastructure.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Backup and restore from the command line, for the embedded default as for any PostgreSQL (docs/backup.md):
 * {@code --antt.backup=FILE} writes a dump of the database and stops the application; {@code --antt.restore=FILE}
 * loads a dump into an empty database before the application starts, then the application runs on it.
 */
@Configuration(proxyBeanMethods = false)
class BackupCommands {

    private static final Logger log = LoggerFactory.getLogger(BackupCommands.class);

    @Bean
    @ConditionalOnProperty("antt.backup")
    ApplicationRunner backup(DataSource dataSource, ConfigurableApplicationContext context,
                             @Value("${antt.backup}") Path file) {
        return arguments -> {
            DumpManifest manifest = DatabaseDump.write(dataSource, file);
            log.info("Backup written to {}: schema version {}, {} tables, {} rows. "
                            + "Đã sao lưu cơ sở dữ liệu vào {}.", file.toAbsolutePath(), manifest.schemaVersion(),
                    manifest.tables().size(), manifest.tables().values().stream().mapToLong(Long::longValue).sum(),
                    file.toAbsolutePath());
            SpringApplication.exit(context);
        };
    }

    @Bean
    @ConditionalOnProperty("antt.restore")
    FlywayMigrationStrategy restoreBeforeStart(@Value("${antt.restore}") Path file) {
        return flyway -> restore(flyway, file);
    }

    /** Migrates an empty database to the dump's schema version and loads the dump; refuses anything else. */
    static void restore(Flyway flyway, Path file) {
        try {
            DumpManifest manifest = DatabaseDump.manifest(file);
            if (flyway.info().applied().length > 0) {
                throw new IllegalStateException("Cơ sở dữ liệu đã có dữ liệu: chỉ khôi phục vào một cơ sở dữ liệu "
                        + "trống (với máy chủ nhúng: một thư mục antt.embedded-db.directory mới). Không có gì bị thay "
                        + "đổi. / The database is not empty: a backup is restored only into an empty database (for "
                        + "the embedded server: a new antt.embedded-db.directory). Nothing was changed.");
            }
            String refusal = manifest.refusal(latestVersion(flyway));
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            flyway.migrate();
            DatabaseDump.restore(flyway.getConfiguration().getDataSource(), file);
            log.info("Backup {} of {} restored: schema version {}, {} tables. Đã khôi phục bản sao lưu {}.",
                    file.toAbsolutePath(), manifest.takenAt(), manifest.schemaVersion(), manifest.tables().size(),
                    file.toAbsolutePath());
        }
        catch (IllegalStateException refused) {
            throw refused;
        }
        catch (Exception ex) {
            throw new IllegalStateException("Không khôi phục được " + file + " / Could not restore " + file + ": "
                    + ex.getMessage(), ex);
        }
    }

    /** The schema version this version of the application migrates a database to. */
    static String latestVersion(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(MigrationVersion::compareTo).map(MigrationVersion::getVersion)
                .orElseThrow(() -> new IllegalStateException("no migrations"));
    }
}
