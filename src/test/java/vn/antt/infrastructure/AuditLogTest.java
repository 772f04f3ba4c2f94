package vn.antt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.antt.support.OnceTokens.once;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
    void aCommendationIsRecordedAsItsFieldsAndItsChangesInTheFormsWords() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        String number = System.nanoTime() % 1_000_000_000L + "/QĐ-NK";
        long commune = jdbc.queryForObject("select commune_id from user_account where username = 'ninhthuy'",
                Long.class);
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("year", "2024",
                "form", "CERTIFICATE_OF_MERIT", "issuerId", String.valueOf(jdbc.queryForObject(
                        "select min(id) from commendation_issuer", Long.class)), "decisionNumber", number,
                "decisionDate", "15/12/2024", "recipientKind", "COMMUNE", "communeId", String.valueOf(commune),
                "achievement", "Thành tích nhật ký"));
        mvc.perform(post("/commendations/new").session(steering).with(once()).params(params(form)))
                .andExpect(status().isFound());
        long id = jdbc.queryForObject("select id from commendation where decision_number = ?", Long.class, number);
        form.put("form", "LETTER_OF_COMMENDATION");
        form.put("decisionDate", "16/12/2024");
        form.put("version", jdbc.queryForObject("select version from commendation where id = ?", String.class, id));
        mvc.perform(post("/commendations/{id}", id).session(steering).with(once()).params(params(form)))
                .andExpect(status().isFound());
        mvc.perform(post("/commendations/{id}/delete", id).session(steering).with(once()).param("version",
                        jdbc.queryForObject("select version from commendation where id = ?", String.class, id)))
                .andExpect(status().isFound());

        // the created and the deleted record name the decision; the edit between them only what changed
        List<Map<String, Object>> lines = jdbc.queryForList("""
                select id, action, target, detail from audit_log where action like 'COMMENDATION_%' and detail like ?
                order by id""", "%" + number + "%");
        assertThat(lines).extracting(line -> line.get("action"))
                .containsExactly("COMMENDATION_SAVED", "COMMENDATION_DELETED");
        String edit = jdbc.queryForObject("""
                select detail from audit_log where action = 'COMMENDATION_SAVED' and username = 'bcd'
                and id > ? and id < ? and target = ?""", String.class, lines.get(0).get("id"),
                lines.get(1).get("id"), lines.get(0).get("target"));
        assertThat((String) lines.get(0).get("detail")).contains("Năm khen thưởng: 2024", "Hình thức: Bằng khen",
                "Số quyết định: " + number, "Ngày quyết định: 15/12/2024", "Đối tượng: Tập thể: xã, phường")
                .doesNotContain("CERTIFICATE_OF_MERIT", "COMMUNE", "2024-12-15");
        assertThat(edit).isEqualTo("Hình thức: Bằng khen → Giấy khen; Ngày quyết định: 15/12/2024 → 16/12/2024");
        assertThat((String) lines.get(1).get("detail")).contains("Hình thức: Giấy khen", "Số quyết định: " + number);
    }

    @Test
    void anEventIsRecordedAsItsChangesInTheFormsWords() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        long commune = jdbc.queryForObject("select commune_id from user_account where username = 'ninhthuy'",
                Long.class);
        java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1).plusDays(System.nanoTime() % 300);
        String typed = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        jdbc.update("delete from movement_event where commune_id = ? and held_on = ?", commune, day);
        mvc.perform(post("/events/new").session(officer).with(once()).param("kind", "FESTIVAL")
                        .param("communeId", String.valueOf(commune)).param("heldOn", typed)
                        .param("place", "Nhà văn hóa").param("participants", "150"))
                .andExpect(status().isFound());
        long id = jdbc.queryForObject("select id from movement_event where commune_id = ? and held_on = ?",
                Long.class, commune, day);
        mvc.perform(post("/events/{id}", id).session(officer).with(once()).param("kind", "REVIEW_CONFERENCE")
                        .param("communeId", String.valueOf(commune)).param("heldOn", typed)
                        .param("place", "Nhà văn hóa").param("participants", "200")
                        .param("version", jdbc.queryForObject("select version from movement_event where id = ?",
                                String.class, id)))
                .andExpect(status().isFound());

        List<String> details = jdbc.queryForList("""
                select detail from audit_log where action = 'EVENT_SAVED' and target like ? order by id""",
                String.class, "%" + typed);
        assertThat(details).hasSize(2);
        assertThat(details.get(0)).contains("Loại sự kiện: Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
                "Ngày tổ chức: " + typed, "Số người tham dự: 150").doesNotContain("FESTIVAL");
        assertThat(details.get(1)).isEqualTo("Loại sự kiện: Ngày hội toàn dân bảo vệ an ninh Tổ quốc → Hội nghị "
                + "tổng kết phong trào; Số người tham dự: 150 → 200");
    }

    @Test
    void theLogIsFilteredByUserActionAndDaysAndDownloadedAsExcel() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        String name = "tester-audit-filter-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/users/new").session(admin).with(once()).param("username", name)
                        .param("fullName", "Người Lọc Nhật Ký").param("roles", "STEERING")
                        .param("password", Sessions.DEMO_PASSWORD).param("confirmPassword", Sessions.DEMO_PASSWORD))
                .andExpect(status().isFound());
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
        mvc.perform(post("/admin/users/{id}", id).session(admin).with(once()).param("fullName", "Người Lọc Đã Đổi")
                        .param("roles", "STEERING").param("version", jdbc.queryForObject(
                                "select version from user_account where id = ?", String.class, id)))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForList("select detail from audit_log where target = ? order by id", String.class, name))
                .containsExactly("Họ và tên: Người Lọc Nhật Ký; Vai trò: Ban Chỉ đạo thị xã",
                        "Họ và tên: Người Lọc Nhật Ký → Người Lọc Đã Đổi");
        String today = java.time.LocalDate.now(TimeConfiguration.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String tomorrow = java.time.LocalDate.now(TimeConfiguration.ZONE).plusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        assertThat(auditPage(admin, "?user=ADMIN&action=USER_CREATED&from=" + today + "&to=" + today))
                .contains(name, "Tạo người dùng");
        assertThat(auditPage(admin, "?user=admin&action=USER_CREATED&from=" + tomorrow)).doesNotContain(name);
        assertThat(auditPage(admin, "?user=admin&action=USER_DISABLED&from=" + today)).doesNotContain(name);
        assertThat(auditPage(admin, "?user=bcd&action=USER_CREATED")).doesNotContain(name);
        // a day that is not a date is said so, and not used
        assertThat(auditPage(admin, "?action=USER_CREATED&from=31/02/2025")).contains(name,
                "Ngày không hợp lệ; vui lòng nhập theo dạng ngày/tháng/năm");

        MvcResult started = mvc.perform(get("/admin/audit.xlsx?user=admin&action=USER_CREATED&from=" + today)
                .session(admin)).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> cells = new java.util.ArrayList<>();
            workbook.getSheet("Nhật ký hệ thống").forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertThat(cells).contains("Người dùng", "Thao tác", "Chi tiết", name, "Tạo người dùng", "admin")
                    .doesNotContain("USER_CREATED", "LOGIN_SUCCEEDED", "Đăng nhập");
        }
    }

    private String auditPage(MockHttpSession session, String query) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/admin/audit" + query).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        form.forEach(params::add);
        return params;
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
