package vn.antt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.antt.support.OnceTokens.once;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.antt.account.AccountService;
import vn.antt.certification.DossierService;
import vn.antt.certification.WorkQueue;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.web.once.FormTokens;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.OnceTokens;
import vn.antt.support.Sessions;
import vn.antt.support.WebSession;

/** The audit log: who, when, from where, and what changed in the words of the UI (issue 12 §4). */
@AnttIntegrationTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierService dossiers;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    /** A client on IPv6 loopback that claims another address in X-Forwarded-For (no proxy is configured). */
    private static final RequestPostProcessor FROM_IPV6_CLAIMING_ANOTHER = request -> {
        request.setRemoteAddr("0:0:0:0:0:0:0:1");
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        return request;
    };

    @Test
    void anEditIsRecordedAsItsChangedFieldsOldToNewInTheFormsWords() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        long commune = jdbc.queryForObject("select commune_id from user_account where username = 'ninhthuy'",
                Long.class);
        mvc.perform(post("/organizations/new").session(officer).with(once()).with(FROM_IPV6_CLAIMING_ANOTHER)
                        .param("name", "Trường Kiểm Thử Nhật Ký").param("kind", "SCHOOL")
                        .param("communeId", String.valueOf(commune)).param("guardForce", "NONE")
                        .param("headName", "Nguyễn Văn Cũ"))
                .andExpect(status().isFound());
        long id = jdbc.queryForObject("select id from organization where name = 'Trường Kiểm Thử Nhật Ký'",
                Long.class);

        mvc.perform(post("/organizations/{id}/edit", id).session(officer).with(once()).with(FROM_IPV6_CLAIMING_ANOTHER)
                        .param("version", jdbc.queryForObject("select version from organization where id = ?",
                                String.class, id))
                        .param("name", "Trường Kiểm Thử Nhật Ký").param("kind", "ENTERPRISE")
                        .param("communeId", String.valueOf(commune)).param("guardForce", "NONE")
                        .param("headName", "Trần Thị Mới").param("hasProtectionRules", "false"))
                .andExpect(status().isFound());

        Map<String, Object> line = jdbc.queryForMap("""
                select username, detail, remote_address, occurred_at > now() - interval '1 minute' as recent
                from audit_log where action = 'ORGANIZATION_UPDATED' and target = 'Trường Kiểm Thử Nhật Ký'""");
        assertThat(line).containsEntry("username", "ninhthuy").containsEntry("recent", true)
                // readable, and not what the client claimed: no proxy is trusted by configuration
                .containsEntry("remote_address", "::1");
        assertThat((String) line.get("detail"))
                .contains("Loại: Nhà trường → Doanh nghiệp", "Người đứng đầu: Nguyễn Văn Cũ → Trần Thị Mới")
                .doesNotContain("SCHOOL", "ENTERPRISE", "Tên:");

        String page = mvc.perform(get("/admin/audit").session(Sessions.demo(mvc, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Người đứng đầu: Nguyễn Văn Cũ → Trần Thị Mới", "::1");
    }

    @Test
    void aModelAssessmentIsRecordedInWordsNeverAsCodes() throws Exception {
        long commune = jdbc.queryForObject("select commune_id from user_account where username = 'ninhthuy'",
                Long.class);
        long model = jdbc.queryForObject("""
                insert into self_managed_model (name, type_id, commune_id, founded_on, status_since)
                values ('Tổ tự quản kiểm thử nhật ký', (select min(id) from model_type), ?, date '2024-02-01',
                        date '2024-02-01') returning id""", Long.class, commune);
        mvc.perform(post("/models/{id}/assessment", model).session(Sessions.demo(mvc, "ninhthuy")).with(once())
                .param("year", "2024").param("quality", "GOOD").param("tipsReported", "3"))
                .andExpect(status().isFound());

        String detail = jdbc.queryForObject("""
                select detail from audit_log where action = 'MODEL_ASSESSED' and target = 'Tổ tự quản kiểm thử nhật ký'""",
                String.class);
        assertThat(detail).contains("Năm 2024", "Xếp loại: (trống) → Tốt (hoạt động hiệu quả)",
                "Tin báo, tố giác: (trống) → 3").doesNotContain("GOOD");
    }

    @Test
    void fourEyesSaysWhyAndTheQueueDoesNotCountWhatTheAppraiserMayNotAppraise() throws Exception {
        mvc.perform(post("/admin/users/new").session(Sessions.demo(mvc, "admin")).with(once())
                        .param("username", "tester-four-eyes").param("fullName", "Người thử bốn mắt")
                        .param("roles", "APPRAISER").param("password", Sessions.DEMO_PASSWORD)
                        .param("confirmPassword", Sessions.DEMO_PASSWORD))
                .andExpect(status().isFound());
        jdbc.update("update user_account set must_change_password = false where username = 'tester-four-eyes'");
        long tester = jdbc.queryForObject("select id from user_account where username = 'tester-four-eyes'",
                Long.class);
        Map<String, Object> dossier = jdbc.queryForMap("""
                select d.id, d.version, d.submitted_by, y.year from dossier d join evaluation_year y on y.id = d.year_id
                where d.state = 'SUBMITTED' and d.subject_kind = 'COMMUNE' and y.closed_at is null
                order by d.id limit 1""");
        long id = ((Number) dossier.get("id")).longValue();
        int year = ((Number) dossier.get("year")).intValue();
        CurrentUser self = accounts.loadUserByUsername("tester-four-eyes");
        CurrentUser other = accounts.loadUserByUsername("congan");
        jdbc.update("update dossier set submitted_by = ? where id = ?", tester, id);
        try {
            assertThat(appraiseCommunes(year, self)).isEqualTo(appraiseCommunes(year, other) - 1);

            // through the real server, so that the 403 page is rendered as a user sees it
            HttpResponse<String> refused = WebSession.login(port, "tester-four-eyes").post("/dossiers/" + id
                    + "/appraisal", Map.of("version", String.valueOf(dossier.get("version")), "conclusion", "MET",
                    FormTokens.FIELD, OnceTokens.issue(context, "tester-four-eyes")));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("Người gửi đề nghị không được thẩm định chính hồ sơ đó.")
                    .doesNotContain("không có quyền");
            assertThat(jdbc.queryForObject("select state from dossier where id = ?", String.class, id))
                    .isEqualTo("SUBMITTED");
        }
        finally {
            jdbc.update("update dossier set submitted_by = ? where id = ?", dossier.get("submitted_by"), id);
        }
    }

    private long appraiseCommunes(int year, CurrentUser user) {
        return dossiers.workQueue(year, user).stream().filter(item -> item.messageKey().equals("queue.appraiseCommunes"))
                .mapToLong(WorkQueue.Item::count).sum();
    }
}
