package vn.antt.selfmanaged;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

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

/** Bad input on the model form re-shows what was typed with a Vietnamese message and stores nothing. */
@AnttIntegrationTest
class ModelFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession officer;
    int before;

    @BeforeEach
    void setUp() throws Exception {
        officer = Sessions.demo(mvc, "ninhtho");
        before = count();
    }

    @Test
    void negativeMembersCount() throws Exception {
        assertThat(refused(Map.of("membersCount", "-3"))).contains("Không được nhỏ hơn 0.", "value=\"-3\"");
    }

    @Test
    void foundingDateInTheFuture() throws Exception {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(refused(Map.of("foundedOn", tomorrow))).contains("Ngày không được sau ngày hôm nay.",
                "value=\"" + tomorrow + "\"");
    }

    @Test
    void unknownOrRetiredType() throws Exception {
        assertThat(refused(Map.of("typeId", "987654"))).contains("Loại mô hình không có trong danh mục đang dùng.");
        long retired = jdbc.queryForObject("select id from model_type where code = 'GIAO_XU'", Long.class);
        jdbc.update("update model_type set retired = true where id = ?", retired);
        try {
            assertThat(refused(Map.of("typeId", String.valueOf(retired))))
                    .contains("Loại mô hình không có trong danh mục đang dùng.");
        }
        finally {
            jdbc.update("update model_type set retired = false where id = ?", retired);
        }
    }

    @Test
    void tenThousandCharacterName() throws Exception {
        String name = "Tổ tự quản ".repeat(910).substring(0, 10_000).strip();
        assertThat(refused(Map.of("name", name))).contains("Không được dài quá 255 ký tự.", name);
    }

    @Test
    void aSecondModelWithTheSameNameInTheCommune() throws Exception {
        assertThat(refused(Map.of("name", "camera an ninh ninh tho")))
                .contains("Xã, phường này đã có mô hình cùng tên.");
    }

    @Test
    void aValidModelIsStored() throws Exception {
        mvc.perform(form(Map.of())).andExpect(status().isFound());
        assertThat(count()).isEqualTo(before + 1);
    }

    private String refused(Map<String, String> fields) throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(form(fields)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page).contains("Dữ liệu nhập chưa hợp lệ.").doesNotContain("Exception");
        assertThat(count()).isEqualTo(before);
        return page;
    }

    private MockHttpServletRequestBuilder form(Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(Map.of(
                "name", "Tổ tự quản thử nghiệm",
                "typeId", String.valueOf(jdbc.queryForObject("select id from model_type where code = 'TO_TU_QUAN'",
                        Long.class)),
                "communeId", String.valueOf(jdbc.queryForObject("select id from commune where code = '22546'",
                        Long.class)),
                "foundedOn", "02/01/2024"));
        all.putAll(fields);
        MockHttpServletRequestBuilder request = post("/models/new").session(officer).with(once());
        all.forEach(request::param);
        return request;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from self_managed_model", Integer.class);
    }
}
