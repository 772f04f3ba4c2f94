package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deployment with its own PostgreSQL server: no embedded server starts, no demo data loads, the reference data is
 * there, and the first administrator comes from ANTT_ADMIN_USERNAME / ANTT_ADMIN_PASSWORD.
 */
class ConfiguredDatabaseTest {

    @TempDir
    Path directory;

    @Test
    void usesTheConfiguredServerWithoutDemoDataAndCreatesTheFirstAdministrator() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            Path embeddedDirectory = directory.resolve("must-stay-empty");
            String[] args = {"--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--server.port=0", "--spring.main.banner-mode=off",
                    "--antt.embedded-db.directory=" + embeddedDirectory,
                    "--ANTT_ADMIN_USERNAME=quantri", "--ANTT_ADMIN_PASSWORD=mat-khau-quan-tri"};

            try (ConfigurableApplicationContext app = SpringApplication.run(AnttApplication.class, args)) {
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForList("select username from user_account", String.class))
                        .containsExactly("quantri");
                assertThat(jdbc.queryForObject("""
                        select role from user_role join user_account u on u.id = user_id
                        where u.username = 'quantri'""", String.class)).isEqualTo("ADMIN");
                assertThat(jdbc.queryForObject("select count(*) from commune", Integer.class)).isEqualTo(27);
            }
            assertThat(embeddedDirectory).doesNotExist();
        }
    }
}
