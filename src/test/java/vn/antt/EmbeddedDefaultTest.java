package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.Role;

/**
 * The newcomer's {@code ./mvnw spring-boot:run}: no database configured, so the application starts its own PostgreSQL
 * in a directory that keeps its data across restarts, and loads the demo data once.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path directory;

    @Test
    void startsItsOwnPostgresKeepsDataAcrossARestartAndLoadsTheDemoDataOnce() throws Exception {
        String[] args = {"--antt.embedded-db.directory=" + directory.resolve("postgres"), "--server.port=0",
                "--spring.main.banner-mode=off"};

        try (ConfigurableApplicationContext first = SpringApplication.run(AnttApplication.class, args)) {
            assertThat(get(first, "/login")).contains("Đăng nhập", "Tên đăng nhập");
            asSystem(() -> first.getBean(AccountService.class).create("restart-check", "Kiểm tra khởi động lại",
                    Set.of(Role.STEERING), null, "restart-check-password"));
            assertThat(accounts(first, "admin")).isEqualTo(1);
        }

        try (ConfigurableApplicationContext second = SpringApplication.run(AnttApplication.class, args)) {
            assertThat(get(second, "/login")).contains("Đăng nhập");
            assertThat(accounts(second, "restart-check")).isEqualTo(1);
            assertThat(accounts(second, "admin")).isEqualTo(1);
            assertThat(accounts(second, "ninhthuy")).isEqualTo(1);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class))
                    .as("4 district accounts, 27 commune officers and the one saved by the first run")
                    .isEqualTo(32);
        }
    }

    private static String get(ConfigurableApplicationContext context, String path) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static int accounts(ConfigurableApplicationContext context, String username) {
        return context.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from user_account where username = ?", Integer.class, username);
    }

    private static void asSystem(Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("test", null, java.util.List.of()));
        try {
            action.run();
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
