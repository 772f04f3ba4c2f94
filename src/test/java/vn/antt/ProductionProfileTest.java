package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Production as docker-compose.yml runs it: the {@code prod} profile on a fresh PostgreSQL server, configured with
 * exactly the environment variables the compose file gives the app (and no others: the real environment of the test
 * JVM is hidden), logs the administrator of those variables in and holds no demo data.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    /** The app service's environment in docker-compose.yml, with the values this test gives them. */
    private static Map<String, Object> composeVariables(int port) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("SPRING_PROFILES_ACTIVE", "prod");
        variables.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/antt");
        variables.put("SPRING_DATASOURCE_USERNAME", "antt");
        variables.put("SPRING_DATASOURCE_PASSWORD", "mat-khau-csdl");
        variables.put("ANTT_DISTRICT_CODE", "572");
        variables.put("ANTT_ADMIN_USERNAME", "quantri");
        variables.put("ANTT_ADMIN_PASSWORD", "mat-khau-quan-tri");
        return variables;
    }

    @Test
    void theComposeFileGivesTheAppExactlyTheVariablesOfThisTestAndBuildsItsImage() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> app = map(services.get("app"));
        Map<String, Object> db = map(services.get("db"));

        assertThat(map(app.get("environment")).keySet()).containsExactlyInAnyOrderElementsOf(
                composeVariables(0).keySet());
        assertThat(map(app.get("environment"))).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        String dockerfile = (String) map(app.get("build")).get("dockerfile");
        assertThat(Path.of(dockerfile)).isEqualTo(Path.of("src/main/docker/Dockerfile")).exists();
        assertThat(Files.readString(Path.of(dockerfile))).contains("FROM eclipse-temurin:17-jre");
        assertThat(app.get("restart")).isEqualTo("unless-stopped");
        assertThat(String.join(" ", list(map(app.get("healthcheck")).get("test"))))
                .contains("/actuator/health/readiness");
        assertThat(map(map(app.get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");

        assertThat(db.get("image")).isEqualTo("postgres:17");
        assertThat(db.get("restart")).isEqualTo("unless-stopped");
        assertThat(list(db.get("volumes"))).containsExactly("antt-db:/var/lib/postgresql/data");
        assertThat(map(compose.get("volumes"))).containsKey("antt-db");
        assertThat(String.join(" ", list(map(db.get("healthcheck")).get("test")))).contains("pg_isready");
    }

    @Test
    void startsOnAFreshDatabaseWithTheComposeVariablesOnlyLogsTheirAdministratorInAndHasNoDemoData(
            CapturedOutput output) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement sql = connection.createStatement()) {
                // as the postgres image creates them from POSTGRES_USER / POSTGRES_DB
                sql.execute("create role antt login superuser password 'mat-khau-csdl'");
                sql.execute("create database antt owner antt");
            }
            try (ConfigurableApplicationContext app = start(composeVariables(server.getPort()))) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                String base = "http://localhost:" + port;
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

                HttpResponse<String> loginPage = http.send(get(base + "/login", null), ofString());
                String anonymous = cookie(loginPage);
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anonymous)
                        .POST(HttpRequest.BodyPublishers.ofString("username=quantri&password="
                                + URLEncoder.encode("mat-khau-quan-tri", StandardCharsets.UTF_8) + "&_csrf="
                                + csrf(loginPage.body())))
                        .build(), ofString());
                assertThat(login.statusCode()).isEqualTo(302);
                assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("/login");
                // the prod profile's session cookie travels over HTTPS only
                assertThat(login.headers().firstValue("Set-Cookie").orElse("")).contains("JSESSIONID=")
                        .contains("Secure").contains("HttpOnly");
                String session = cookie(login);

                HttpResponse<String> users = http.send(get(base + "/admin/users", session), ofString());
                assertThat(users.statusCode()).isEqualTo(200);
                assertThat(users.body()).contains("quantri").doesNotContain("ninhthuy").doesNotContain("congan")
                        .doesNotContain("dữ liệu mẫu");

                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForList("select username from user_account", String.class))
                        .containsExactly("quantri");
                for (String table : List.of("dossier", "organization", "self_managed_model", "residential_area",
                        "evaluation_year", "commendation")) {
                    assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class))
                            .as(table).isZero();
                }
                // the reference data the migrations bring (the communes of the district) is there
                assertThat(jdbc.queryForObject("select count(*) from commune", Integer.class)).isEqualTo(27);
                assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("antt");
                // one JSON object per line (Elastic Common Schema). Logback is configured once per JVM: when another
                // test's application started first, the lines below stay in its format, so the setting is read too.
                assertThat(app.getEnvironment().getProperty("logging.structured.format.console")).isEqualTo("ecs");
            }
        }
        if (output.getOut().contains("\"ecs\":{\"version\"")) {
            assertThat(output.getOut()).contains("\"service\":{\"name\":\"antt\"").contains(
                    "\"message\":\"Created the first administrator 'quantri' from ANTT_ADMIN_USERNAME\"");
        }
        else {
            assertThat(output.getOut()).contains("Created the first administrator 'quantri' from ANTT_ADMIN_USERNAME");
        }
    }

    @Test
    void withoutADatabaseUrlTheProductionProfileRefusesToStartAndNamesTheVariable() {
        Map<String, Object> variables = composeVariables(0);
        variables.remove("SPRING_DATASOURCE_URL");

        assertThatThrownBy(() -> start(variables).close()).hasStackTraceContaining(
                "No database configured: the prod profile needs the environment variable SPRING_DATASOURCE_URL");
    }

    /** The prod profile turned this JVM's console into JSON lines; the tests after this one log plain lines again. */
    @AfterAll
    static void plainLogLinesAgain() {
        LoggingSystem logging = LoggingSystem.get(ProductionProfileTest.class.getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        logging.setLogLevel("io.zonky.test.db.postgres.embedded", LogLevel.WARN);
    }

    /** Starts the app as the container would: these environment variables and nothing else. */
    private static ConfigurableApplicationContext start(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        // a free port instead of the container's 8080
        return new SpringApplicationBuilder(AnttApplication.class).environment(environment)
                .run("--server.port=0", "--spring.main.banner-mode=off");
    }

    private static HttpRequest get(String url, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
        return (cookie == null ? request : request.header("Cookie", cookie)).build();
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    /** The JSESSIONID a response sets, to send back by hand: the cookie is Secure, so no cookie jar sends it. */
    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String csrf(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the login page").isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object yaml) {
        return (List<String>) yaml;
    }
}
