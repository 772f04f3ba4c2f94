package vn.antt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** Bad input re-shows the form with what was typed and a Vietnamese message, and stores nothing. */
@AnttIntegrationTest
class OrganizationFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession officer;
    long ninhThuy;
    int before;

    @BeforeEach
    void setUp() throws Exception {
        officer = Sessions.demo(mvc, "ninhthuy");
        ninhThuy = jdbc.queryForObject("select id from commune where code = '22567'", Long.class);
        before = count();
    }

    @Test
    void emptyName() throws Exception {
        String page = refused(Map.of("name", "   ", "address", "Tổ dân phố 7"));
        assertThat(page).contains("Vui lòng nhập thông tin này.", "value=\"Tổ dân phố 7\"");
    }

    @Test
    void tenThousandCharacterName() throws Exception {
        String name = "Trường ".repeat(1429).substring(0, 10_000);
        String page = refused(Map.of("name", name));
        assertThat(page).contains("Không được dài quá 255 ký tự.", name.strip());
    }

    @Test
    void impossibleDate() throws Exception {
        String page = refused(Map.of("name", "Trường THCS Ngày Sai", "hasProtectionRules", "true",
                "protectionRulesDate", "31/02/2023"));
        assertThat(page).contains("Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm", "value=\"31/02/2023\"",
                "value=\"Trường THCS Ngày Sai\"");
    }

    @Test
    void malformedTaxCode() throws Exception {
        for (String taxCode : new String[] {"12345", "42010001x0", "4201000100-01", "4201000100 001"}) {
            String page = refused(Map.of("name", "Công ty Mã Sai", "kind", "ENTERPRISE", "taxCode", taxCode));
            assertThat(page).contains("Mã số thuế gồm 10 chữ số", "value=\"" + taxCode + "\"");
        }
    }

    @Test
    void duplicateTaxCode() throws Exception {
        String taken = jdbc.queryForObject("select tax_code from organization where tax_code is not null limit 1",
                String.class);
        String page = refused(Map.of("name", "Công ty Trùng Mã", "kind", "ENTERPRISE", "taxCode", taken));
        assertThat(page).contains("Mã số thuế này đã được dùng cho một đơn vị khác.", "value=\"Công ty Trùng Mã\"");
    }

    @Test
    void controlCharacters() throws Exception {
        String page = refused(Map.of("name", "Trường\u0007 THCS"));
        assertThat(page).contains("Không được chứa ký tự điều khiển");
    }

    @Test
    void aBranchTaxCodeIsAccepted() throws Exception {
        mvc.perform(form(Map.of("name", "Chi nhánh Công ty Thử", "kind", "ENTERPRISE",
                        "taxCode", "4209999999-001"))).andExpect(status().isFound());
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void forgedChoicesAreMessagesNextToTheirFields() throws Exception {
        long otherCommune = jdbc.queryForObject("select id from commune where code = '22543'", Long.class);
        Map<String, String> forged = Map.of("communeId", String.valueOf(otherCommune), "kind", "KHONG_CO_MA_NAY",
                "guardForce", "../../x", "hasProtectionRules", "maybe");
        for (Map.Entry<String, String> field : forged.entrySet()) {
            Document page = Jsoup.parse(refused(Map.of("name", "Trường Chọn Giả", field.getKey(), field.getValue())));
            assertThat(page.select("[data-error-field=" + field.getKey() + "]").text()).as(field.getKey())
                    .isEqualTo("Giá trị không có trong danh sách; hãy chọn lại.");
        }
    }

    @Test
    void aDateBeforeTheFoundingOrInTheFutureIsRefusedWithItsRange() throws Exception {
        for (String date : new String[] {"01/01/1800", "31/12/1944", "01/01/2099"}) {
            Document page = Jsoup.parse(refused(Map.of("name", "Trường Ngày Lạ", "hasProtectionRules", "true",
                    "protectionRulesDate", date)));
            assertThat(page.select("[data-error-field=protectionRulesDate]").text()).as(date)
                    .isEqualTo("Ngày không được sau ngày hôm nay. Ngày không được trước 01/01/1945.");
            assertThat(page.getElementById("protectionRulesDate").val()).isEqualTo(date);
        }
        mvc.perform(form(Map.of("name", "Trường Quy Chế 1945 " + System.nanoTime(), "hasProtectionRules", "true",
                "protectionRulesDate", "01/01/1945"))).andExpect(status().isFound());
    }

    private String refused(Map<String, String> fields) throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(form(fields)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page).contains("Dữ liệu nhập chưa hợp lệ.").doesNotContain("Exception");
        assertThat(count()).isEqualTo(before);
        return page;
    }

    private MockHttpServletRequestBuilder form(Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(Map.of("kind", "SCHOOL", "communeId", String.valueOf(ninhThuy),
                "guardForce", "NONE"));
        all.putAll(fields);
        MockHttpServletRequestBuilder request = post("/organizations/new").session(officer).with(once());
        all.forEach(request::param);
        return request;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from organization", Integer.class);
    }
}
