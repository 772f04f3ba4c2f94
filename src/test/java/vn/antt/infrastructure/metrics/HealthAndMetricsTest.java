package vn.antt.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.antt.account.AccountService;
import vn.antt.certification.AttachmentKind;
import vn.antt.certification.DossierService;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.ImportPages;
import vn.antt.support.Sessions;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaKind;
import vn.antt.territory.ResidentialAreaService;

/**
 * What a monitor, a load balancer and an administrator see of the running app: public probes that tell only
 * "UP", and the application's metrics for administrators only.
 */
@AnttIntegrationTest
class HealthAndMetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthEndpointGroups groups;

    @Autowired
    AccountService accounts;

    @Autowired
    ResidentialAreaService areas;

    @Autowired
    DossierService dossiers;

    @Test
    void livenessAndReadinessArePublicAndTellOnlyTheirStatusWithTheDatabaseInReadiness() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            String body = mvc.perform(get(probe)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(body).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(groups.get("readiness").isMember("db")).as("the database decides readiness").isTrue();
        assertThat(groups.get("liveness").isMember("db")).as("a slow database must not restart the app").isFalse();
    }

    @Test
    void metricsArePublishedToAnAdministratorOnlyAndCountADossierStepAndAReport() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        MockHttpSession admin = Sessions.demo(mvc, "admin");

        for (String endpoint : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/info")) {
            String refused = mvc.perform(get(endpoint).session(officer)).andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString();
            assertThat(refused).as(endpoint).doesNotContain("antt_").doesNotContain("jvm");
            mvc.perform(get(endpoint)).andExpect(status().isFound());
            mvc.perform(get(endpoint).session(admin)).andExpect(status().isOk());
        }

        double submittedBefore = value(scrape(admin), "antt_dossier_transitions_total", "action=\"submit\"");
        submitADossierOfItsOwn();
        mvc.perform(get("/reports/year-end.xlsx?year=2022").session(admin)).andExpect(status().isOk());

        String metrics = scrape(admin);
        assertThat(value(metrics, "antt_dossier_transitions_total", "action=\"submit\""))
                .isEqualTo(submittedBefore + 1);
        assertThat(value(metrics, "antt_documents_rendered_seconds_count", "document=\"reporting/year-end\","
                + "format=\"xlsx\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aConfirmedImportIsTimedByKindAndOutcome() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        double before = value(scrape(admin), "antt_imports_seconds_count", "kind=\"models\",outcome=\"done\"");

        byte[] file = ImportSheet.write(List.of("Tên mô hình", "Mã loại mô hình", "Mã xã, phường", "Khu dân cư",
                "Ngày thành lập", "Số quyết định thành lập", "Ngày quyết định", "Cơ quan ra quyết định",
                "Người phụ trách / Tổ trưởng", "Điện thoại người phụ trách", "Số thành viên", "Đơn vị chủ trì",
                "Số liệu của loại mô hình", "Mô tả hoạt động"), List.of(List.<Object>of("Tổ tự quản đo lường", "TO_TU_QUAN",
                "22546", "", "01/06/2024", "", "", "", "Nguyễn Văn Đo", "0912345678", 12, "Công an xã", "",
                "Nhập khi kiểm thử số liệu đo")), null, null);
        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "do-luong.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                        .param("kind", "models").session(officer).with(once()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/confirm").session(officer).with(once())
                .param("shownSet", ImportPages.shownSet(mvc, officer, location))).andExpect(status().isFound());

        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name = 'Tổ tự quản đo lường'",
                Integer.class)).isEqualTo(1);
        assertThat(value(scrape(admin), "antt_imports_seconds_count", "kind=\"models\",outcome=\"done\""))
                .isEqualTo(before + 1);
    }

    /** A new khu dân cư of commune 22588 gets its 2023 dossier, which its officer fills in and submits. */
    private void submitADossierOfItsOwn() {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        long commune = jdbc.queryForObject("select id from commune where code = '22588'", Long.class);
        CurrentUser officer = accounts.loadUserByUsername(jdbc.queryForObject(
                "select username from user_account where commune_id = ?", String.class, commune));
        long area = areas.create(commune, new ResidentialArea.Details("Thôn Kiểm Thử Đo Lường",
                ResidentialAreaKind.THON, 80, null, null, LocalDate.of(2023, 5, 1), null), officer).getId();
        // (creating dossiers creates every missing one of the year, as other tests' "create all" does)
        dossiers.createAll(2023, dossiers.toCreate(2023, steering), steering);
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where d.residential_area_id = ? and y.year = 2023""", Long.class, area);
        Map<Long, DossierService.SelfAssessment> met = new HashMap<>();
        dossiers.assessments(dossier, officer).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.SelfAssessment(true, "Có biên bản kiểm tra")));
        dossiers.saveSelfAssessment(dossier, version(dossier), LocalDate.of(2023, 3, 1), null, met, officer);
        dossiers.attach(dossier, AttachmentKind.BIEN_BAN, "bien-ban.pdf",
                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8), officer);
        dossiers.submit(dossier, version(dossier), officer);
    }

    private long version(long dossier) {
        return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier);
    }

    private String scrape(MockHttpSession admin) throws Exception {
        return mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The sample of {@code metric} whose labels contain {@code labels}; 0 when there is none yet. */
    private static double value(String scrape, String metric, String labels) {
        Matcher matcher = Pattern.compile("(?m)^" + metric + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        while (matcher.find()) {
            if (matcher.group(1).contains(labels)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
