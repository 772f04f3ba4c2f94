package vn.antt.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.AnttApplication;
import vn.antt.reporting.YearEndReports;
import vn.antt.support.AnttIntegrationTest;

/**
 * Issue 16 §6: a dump of the demo database, restored with {@code --antt.restore} into a fresh PostgreSQL server,
 * gives the same year-end report (the closed year 2022's kept figures, and the open year 2023's computed from every
 * registry table) and the same rows in every table.
 */
@AnttIntegrationTest
class BackupRestoreTest {

    @TempDir
    static Path directory;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    YearEndReports reports;

    @Autowired
    Flyway flyway;

    @Test
    void aDumpRestoredIntoAFreshServerGivesTheSameReportAndRows() throws Exception {
        Path file = directory.resolve("sao-luu.zip");
        // --antt.backup: the command writes the file and ends the application it runs in
        GenericApplicationContext command = new GenericApplicationContext();
        command.refresh();
        new BackupCommands().backup(dataSource, command, file).run(new DefaultApplicationArguments());
        assertThat(command.isActive()).isFalse();
        DumpManifest manifest = DatabaseDump.manifest(file);
        assertThat(manifest.schemaVersion()).isEqualTo(BackupCommands.latestVersion(flyway));
        assertThat(manifest.tables()).containsKeys("dossier", "commune", "flyway_schema_history", "year_figures")
                .doesNotContainKey("spring_session");
        assertThat(manifest.tables().get("dossier"))
                .isEqualTo(jdbc.queryForObject("select count(*) from dossier", Long.class)).isPositive();
        Map<String, String> before = checksums(jdbc, manifest);

        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String[] args = {"--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--server.port=0", "--spring.main.banner-mode=off",
                    "--antt.demo-data=true", "--antt.restore=" + file,
                    "--antt.embedded-db.directory=" + directory.resolve("must-stay-empty")};
            try (ConfigurableApplicationContext restored = SpringApplication.run(AnttApplication.class, args)) {
                YearEndReports restoredReports = restored.getBean(YearEndReports.class);
                assertThat(restoredReports.figures(2022, null)).isEqualTo(reports.figures(2022, null));
                // the open year's figures are computed now from the restored rows; the count per dossier state
                // comes in no particular order (its query has none)
                assertThat(restoredReports.figures(2023, null)).usingRecursiveComparison()
                        .ignoringCollectionOrderInFields("dossierStates").isEqualTo(reports.figures(2023, null));
                assertThat(restoredReports.figures(2022, null).year()).isEqualTo(2022);
                assertThat(checksums(restored.getBean(JdbcTemplate.class), manifest)).isEqualTo(before);
            }
        }
        assertThat(directory.resolve("must-stay-empty")).doesNotExist();
    }

    @Test
    void aRestoreIntoADatabaseWithDataIsRefusedAndChangesNothing() throws Exception {
        Path file = directory.resolve("refused.zip");
        DatabaseDump.write(dataSource, file);
        long dossiers = jdbc.queryForObject("select count(*) from dossier", Long.class);

        assertThatThrownBy(() -> BackupCommands.restore(flyway, file))
                .hasMessageContaining("Cơ sở dữ liệu đã có dữ liệu")
                .hasMessageContaining("The database is not empty");
        assertThat(jdbc.queryForObject("select count(*) from dossier", Long.class)).isEqualTo(dossiers);
        assertThat(Files.size(file)).isPositive();
    }

    /** Each table's row count and a digest of its rows in a fixed order. */
    private static Map<String, String> checksums(JdbcTemplate jdbc, DumpManifest manifest) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : manifest.tables().keySet()) {
            sums.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    + "order by t::text)), '') from \"" + table + "\" t", String.class));
        }
        return sums;
    }
}
