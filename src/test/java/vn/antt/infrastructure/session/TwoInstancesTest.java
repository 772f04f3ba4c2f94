package vn.antt.infrastructure.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.AnttApplication;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.infrastructure.web.once.FormTokens;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.WebSession;

/**
 * Issue 16 §4: any instance serves any request. A second instance of the application runs on the test's own
 * database; a user logs in on the first and goes on on the second, as behind a load balancer that does not keep a
 * user on one instance: the session, the year chosen, the one-time form tokens and an import's dry run are all in the
 * database.
 */
@AnttIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final String OFFICER = "ninhthuy";

    @LocalServerPort
    int firstPort;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    static Path directory;

    ConfigurableApplicationContext second;

    @BeforeAll
    void startSecondInstance() throws Exception {
        String url;
        String username;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            username = connection.getMetaData().getUserName();
        }
        second = SpringApplication.run(AnttApplication.class, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + username, "--antt.demo-data=true", "--server.port=0",
                "--spring.main.banner-mode=off", "--spring.datasource.hikari.maximum-pool-size=4",
                "--antt.embedded-db.directory=" + directory.resolve("must-stay-empty"));
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aUserLoggedInOnOneInstanceGoesOnOnTheOther() throws Exception {
        int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
        assertThat(secondPort).isNotEqualTo(firstPort);
        WebSession first = WebSession.login(firstPort, OFFICER);
        WebSession other = first.on(secondPort);
        String fullName = jdbc.queryForObject("select full_name from user_account where username = ?", String.class,
                OFFICER);

        // a page: the second instance knows the user, and the year chosen on the first
        assertThat(first.get("/dossiers?year=2021").statusCode()).isEqualTo(200);
        HttpResponse<String> dossiers = other.get("/dossiers");
        assertThat(dossiers.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(dossiers.body());
        assertThat(page.select(".antt-user-name").text()).isEqualTo(fullName);
        assertThat(page.select("#yearSelect option[selected]").text()).isEqualTo("2021");

        // a form shown by the second instance, sent to the first with its CSRF and one-time tokens, and the
        // same form sent again to the second: done once, and the second answer says so
        long communeId = jdbc.queryForObject("select commune_id from user_account where username = ?", Long.class,
                OFFICER);
        String name = "Công ty Hai Máy " + System.nanoTime();
        Map<String, String> form = hiddenFields(other.get("/organizations/new").body(), "/organizations/new");
        assertThat(form).containsKeys("_csrf", FormTokens.FIELD);
        form.putAll(Map.of("name", name, "kind", "ENTERPRISE", "communeId", String.valueOf(communeId),
                "taxCode", String.valueOf(System.nanoTime() % 10_000_000_000L), "guardForce", "NONE",
                "guardCount", "0", "staffCount", "12"));
        HttpResponse<String> created = first.post("/organizations/new", form);
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).matches(".*/organizations/\\d+");
        assertThat(first.follow(created)).contains("Đã thêm cơ quan, doanh nghiệp, nhà trường.");
        HttpResponse<String> again = other.post("/organizations/new", form);
        assertThat(path(again)).isEqualTo(path(created));
        assertThat(other.follow(again)).contains("Yêu cầu này đã được thực hiện; không thực hiện lại.");
        assertThat(jdbc.queryForObject("select count(*) from organization where name = ?", Integer.class, name))
                .isEqualTo(1);

        // an import checked on the first instance and confirmed on the second
        String communeCode = jdbc.queryForObject("select code from commune where id = ?", String.class, communeId);
        String model = "Tổ tự quản Hai Máy " + System.nanoTime();
        Map<String, String> upload = hiddenFields(first.get("/imports").body(), "/imports");
        upload.put("kind", "models");
        HttpResponse<String> uploaded = first.postMultipart("/imports", upload, "file", modelsFile(model, communeCode));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String batchPath = path(uploaded);
        assertThat(batchPath).matches("/imports/\\d+");
        Map<String, String> confirm = hiddenFields(other.get(batchPath).body(), batchPath + "/confirm");
        assertThat(confirm).containsKey("shownSet");
        HttpResponse<String> confirmed = other.post(batchPath + "/confirm", confirm);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from import_batch where id = ?", String.class,
                Long.parseLong(batchPath.substring("/imports/".length())))).isEqualTo("IMPORTED");
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name = ?", Integer.class,
                model)).isEqualTo(1);

        // logging out on one instance ends the session on both
        assertThat(first.post("/logout", hiddenFields(first.get("/").body(), "/logout")).statusCode())
                .isEqualTo(302);
        HttpResponse<String> afterLogout = other.get("/dossiers");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    /** Where a redirect leads, without the instance's address. */
    private static String path(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** The hidden fields of the page's form posted to {@code action}, as the browser would send them. */
    private static Map<String, String> hiddenFields(String html, String action) {
        Element form = Jsoup.parse(html).selectFirst("form[method=post][action=" + action + "]");
        assertThat(form).as("a form sent to " + action).isInstanceOf(FormElement.class);
        Map<String, String> fields = new LinkedHashMap<>();
        ((FormElement) form).elements().stream().filter(input -> input.is("input[type=hidden][name]"))
                .forEach(input -> fields.put(input.attr("name"), input.val()));
        assertThat(fields).as("the hidden fields of the form sent to " + action).isNotEmpty();
        return fields;
    }

    private static WebSession.Upload modelsFile(String name, String communeCode) {
        List<String> headers = List.of("Tên mô hình", "Mã loại mô hình", "Mã xã, phường", "Khu dân cư",
                "Ngày thành lập", "Số quyết định thành lập", "Ngày quyết định", "Cơ quan ra quyết định",
                "Người phụ trách / Tổ trưởng", "Điện thoại người phụ trách", "Số thành viên", "Đơn vị chủ trì",
                "Số liệu của loại mô hình", "Mô tả hoạt động");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of(name, "TO_TU_QUAN", communeCode, "", "01/04/2024", "", "", "",
                "Nguyễn Văn Hai", "0912345678", 9, "Công an xã", "", "Nhập trên hai máy")));
        return new WebSession.Upload("hai-may.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ImportSheet.write(headers, rows, null, null));
    }
}
