package vn.antt.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** Who records commendations and events, and what they may type; "đạt chuẩn N năm liên tục" on pages and lists. */
@AnttIntegrationTest
class CommendationRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyTheSteeringCommitteeAndTheAdministratorRecordCommendations() throws Exception {
        int before = commendations();
        for (String user : new String[] {"ninhthuy", "congan"}) {
            mvc.perform(valid(post("/commendations/new")).session(Sessions.demo(mvc, user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(commendations()).isEqualTo(before);
        mvc.perform(valid(post("/commendations/new")).session(Sessions.demo(mvc, "admin")))
                .andExpect(status().isFound());
        assertThat(commendations()).isEqualTo(before + 1);
    }

    @Test
    void theIssuersCatalogueKeepsNamesUniqueAndRetiredIssuersOnTheirAwards() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        assertThat(mvc.perform(post("/admin/commendation-issuers").session(admin).with(once()).param("code", "BCA2")
                .param("name", "bộ công an")).andReturn().getFlashMap().get("failure")).isEqualTo("issuer.name.taken");
        assertThat(mvc.perform(post("/admin/commendation-issuers").session(admin).with(once()).param("code", "X")
                .param("name", "Sở Nội vụ").param("position", "abc")).andReturn().getFlashMap().get("failure"))
                .isEqualTo("issuer.position.invalid");
        mvc.perform(post("/admin/commendation-issuers").session(Sessions.demo(mvc, "bcd")).with(once())
                .param("code", "SNV").param("name", "Sở Nội vụ")).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsExplainedAndNothingIsStored() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        int before = commendations();
        String future = LocalDate.now().plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(page(valid(post("/commendations/new"), "decisionDate", future), steering))
                .contains("Ngày quyết định không được sau hôm nay");
        assertThat(page(valid(post("/commendations/new"), "recipientKind", ""), steering))
                .contains("Vui lòng chọn đối tượng được khen.");
        assertThat(page(valid(post("/commendations/new"), "recipientKind", "INDIVIDUAL", "personName", " "), steering))
                .contains("Vui lòng nhập họ và tên cá nhân được khen.");
        assertThat(page(valid(post("/commendations/new"), "recipientKind", "ORGANIZATION", "unitName",
                "Công ty Không Có"), steering))
                .contains("Không tìm thấy đơn vị có tên này ở xã, phường đã chọn.", "value=\"Công ty Không Có\"");
        assertThat(commendations()).isEqualTo(before);

        mvc.perform(valid(post("/commendations/new"), "decisionNumber", "88/QĐ-UBND").session(steering))
                .andExpect(status().isFound());
        assertThat(page(valid(post("/commendations/new"), "decisionNumber", "88/QĐ-UBND"), steering))
                .as("the same commendation twice").contains("Khen thưởng này đã được ghi nhận");
        assertThat(commendations()).isEqualTo(before + 1);
    }

    @Test
    void aCommuneOfficerRecordsTheirOwnCommunesEventsOnly() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        long own = communeId("22567");
        long other = communeId("22579");
        int before = events();
        mvc.perform(post("/events/new").session(officer).with(once()).param("kind", "FESTIVAL")
                .param("communeId", String.valueOf(other)).param("heldOn", "19/08/2023"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị không có trong danh sách; hãy chọn lại.")));
        assertThat(events()).isEqualTo(before);
        mvc.perform(post("/events/new").session(officer).with(once()).param("kind", "FESTIVAL")
                        .param("communeId", String.valueOf(own)).param("heldOn", "20/08/2023")
                        .param("place", "Sân vận động phường").param("participants", "420"))
                .andExpect(status().isFound());
        assertThat(events()).isEqualTo(before + 1);
        mvc.perform(post("/events/new").session(officer).with(once()).param("kind", "FESTIVAL")
                        .param("communeId", String.valueOf(own)).param("heldOn", "21/08/2023")
                        .param("modelSite", "true"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select model_site from movement_event where held_on = date '2023-08-21'",
                Boolean.class)).as("the town's model site is the district's choice").isFalse();
        String twice = HtmlUtils.htmlUnescape(mvc.perform(post("/events/new").session(officer).with(once())
                        .param("kind", "FESTIVAL").param("communeId", String.valueOf(own)).param("heldOn", "21/08/2023"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(twice).contains("Xã, phường đã có sự kiện cùng loại trong ngày này.");

        long theirs = jdbc.queryForObject("""
                select e.id from movement_event e join commune c on c.id = e.commune_id
                where c.code = '22579' and e.year = 2022""", Long.class);
        mvc.perform(post("/events/{id}", theirs).session(officer).with(once()).param("kind", "FESTIVAL")
                .param("communeId", String.valueOf(own)).param("heldOn", "19/08/2022").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/events/{id}/delete", theirs).session(officer).with(once()).param("version", "0"))
                .andExpect(status().isForbidden());
        String list = HtmlUtils.htmlUnescape(mvc.perform(get("/events?year=2022").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list).contains("Xã Ninh Phước", "Điểm của thị xã", "Hội nghị tổng kết phong trào");
        mvc.perform(post("/events/new").session(Sessions.demo(mvc, "congan")).with(once()).param("kind", "FESTIVAL")
                .param("heldOn", "19/08/2023")).andExpect(status().isForbidden());
    }

    @Test
    void consecutiveRecognisedYearsShowOnPagesAndFilterTheLists() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        long notIn2019 = jdbc.queryForObject("""
                select d.organization_id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2019 and d.state = 'NOT_RECOGNIZED' and exists (select 1 from dossier n
                    join evaluation_year x on x.id = n.year_id where x.year = 2020 and n.state = 'RECOGNIZED'
                    and n.organization_id = d.organization_id)
                order by d.id limit 1""", Long.class);
        long always = jdbc.queryForObject("""
                select d.organization_id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2019 and d.state = 'RECOGNIZED' and d.organization_id is not null
                order by d.id limit 1""", Long.class);
        assertThat(html(mvc.perform(get("/organizations/{id}", notIn2019).session(steering))))
                .contains("Đạt chuẩn 3 năm liên tục");
        assertThat(html(mvc.perform(get("/organizations/{id}", always).session(steering))))
                .contains("Đạt chuẩn 4 năm liên tục");

        String fourYears = html(mvc.perform(get("/organizations?streak=4&status=ALL&size=200").session(steering)));
        // of the 54: two not recognised in 2019, seven whose self-managed model came in 2020-2022 (V30_1 demo)
        assertThat(fourYears).contains("Tổng số: 45");
        assertThat(html(mvc.perform(get("/organizations?streak=3&status=ALL&size=200").session(steering))))
                .contains("Tổng số: 49");
        assertThat(html(mvc.perform(get("/communes?streak=4").session(steering)))).contains("Phường Ninh Thủy");
        assertThat(html(mvc.perform(get("/communes?streak=5").session(steering)))).doesNotContain("Phường Ninh Thủy");
    }

    /** A valid commendation of Xã Ninh Ích, with some fields typed otherwise ("name", "value", …). */
    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", "2022");
        fields.put("form", "LETTER_OF_COMMENDATION");
        fields.put("issuerId", jdbc.queryForObject("select id from commendation_issuer where code = 'CT_UBND_TX'",
                String.class));
        fields.put("decisionNumber", "77/QĐ-UBND");
        fields.put("decisionDate", "10/01/2023");
        fields.put("recipientKind", "COMMUNE");
        fields.put("communeId", String.valueOf(communeId("22603")));
        fields.put("achievement", "Có thành tích");
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        request.with(once());
        fields.forEach(request::param);
        return request;
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long communeId(String code) {
        return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
    }

    private int commendations() {
        return jdbc.queryForObject("select count(*) from commendation", Integer.class);
    }

    private int events() {
        return jdbc.queryForObject("select count(*) from movement_event", Integer.class);
    }
}
