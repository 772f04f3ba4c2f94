package vn.antt.infrastructure.session;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * After an upgrade, a session stored by the previous version may hold what this one cannot read: its user is asked
 * to log in again, never shown an error on every page.
 */
@AnttIntegrationTest
class UnreadableSessionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSessionThatCannotBeReadLeadsToTheLoginPage() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("bcd").password(Sessions.DEMO_PASSWORD)).andReturn();
        Cookie cookie = login.getResponse().getCookie("JSESSIONID");
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        mvc.perform(get("/dossiers").cookie(cookie)).andExpect(status().isOk());

        // what an older version wrote: Java serialization's header, then a class this version does not have
        jdbc.update("""
                update spring_session_attributes set attribute_bytes = ?
                where session_primary_id = (select primary_id from spring_session where session_id = ?)
                and attribute_name = 'SPRING_SECURITY_CONTEXT'""",
                new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x73, 0x72, 0, 3, 'v', 'n', '.', 1, 2, 3}, id);

        mvc.perform(get("/dossiers").cookie(cookie)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }
}
