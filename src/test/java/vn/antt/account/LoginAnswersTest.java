package vn.antt.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.antt.support.OnceTokens.once;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.OnceTokens;
import vn.antt.support.Sessions;

/** What a login answers, and what becomes of sessions and of forms sent after their session ended (issue 12 §3). */
@AnttIntegrationTest
class LoginAnswersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aWrongPasswordGetsTheSameAnswerForAnyAccountOrNone() throws Exception {
        createUser("tester-answers-locked", "STEERING");
        createUser("tester-answers-off", "STEERING");
        disable("tester-answers-off");
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(login("tester-answers-locked", "wrong-password")).isEqualTo("/login?error");
            assertThat(login("tester-answers-nobody", "wrong-password")).isEqualTo("/login?error");
        }
        assertThat(login("tester-answers-off", "wrong-password")).isEqualTo("/login?error");

        // only the right password learns the account's state
        assertThat(login("tester-answers-locked", "tester-password-1")).isEqualTo("/login?locked");
        assertThat(login("tester-answers-off", "tester-password-1")).isEqualTo("/login?disabled");
    }

    @Test
    void aLoginGetsANewSessionId() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String anonymousId = before.getId();
        MvcResult login = mvc.perform(post("/login").session(before).with(csrf())
                        .param("username", "bcd").param("password", Sessions.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(anonymousId);
    }

    @Test
    void unknownUsernamesAreCountedAndLockedLikeAccounts() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("Tester-Answers-Ghost ", "wrong-password");
        }
        assertThat(jdbc.queryForObject("""
                select failed_logins from login_throttle where username_hash = ?""", Integer.class,
                UnknownUsernames.hash("tester-answers-ghost"))).isEqualTo(5);
        assertThat(jdbc.queryForObject("""
                select locked_until between now() + interval '14 minutes' and now() + interval '16 minutes'
                from login_throttle where username_hash = ?""", Boolean.class,
                UnknownUsernames.hash("tester-answers-ghost"))).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where action = 'ACCOUNT_LOCKED' and lower(target) like '%tester-answers-ghost%'""",
                Integer.class)).isEqualTo(1);
        // the name itself is not stored in the throttle
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username_hash like '%ghost%'",
                Integer.class)).isZero();
    }

    /**
     * A wrong password for an unknown name forgets the names not tried for a day, unless their lock still runs, so a
     * long guessing campaign over many names leaves no large table; the names tried lately are still counted.
     */
    @Test
    void theThrottleForgetsNamesNotTriedForADayButNotARunningLock() throws Exception {
        String stale = UnknownUsernames.hash("tester-prune-stale");
        String locked = UnknownUsernames.hash("tester-prune-locked");
        String recent = UnknownUsernames.hash("tester-prune-recent");
        jdbc.update("""
                insert into login_throttle (username_hash, failed_logins, locked_until, updated_at) values
                (?, 4, null, now() - interval '25 hours'),
                (?, 5, now() + interval '10 minutes', now() - interval '25 hours'),
                (?, 3, null, now() - interval '23 hours')""", stale, locked, recent);

        login("tester-prune-guess", "wrong-password");

        assertThat(jdbc.queryForList("""
                select username_hash from login_throttle where username_hash in (?, ?, ?, ?)""", String.class,
                stale, locked, recent, UnknownUsernames.hash("tester-prune-guess")))
                .containsExactlyInAnyOrder(locked, recent, UnknownUsernames.hash("tester-prune-guess"));
        // a name tried within the day goes on counting from where it was
        login("tester-prune-recent", "wrong-password");
        assertThat(jdbc.queryForObject("select failed_logins from login_throttle where username_hash = ?",
                Integer.class, recent)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where updated_at < now() - interval '1 day' "
                + "and (locked_until is null or locked_until <= now())", Integer.class)).isZero();
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessions() throws Exception {
        createUser("tester-answers-pw", "STEERING");
        MockHttpSession here = Sessions.login(mvc, "tester-answers-pw", "tester-password-1");
        MockHttpSession elsewhere = Sessions.login(mvc, "tester-answers-pw", "tester-password-1");
        MockHttpSession otherUser = Sessions.demo(mvc, "bcd");

        mvc.perform(post("/account/password").session(here).with(once())
                        .param("currentPassword", "tester-password-1")
                        .param("newPassword", "mat-khau-moi-cua-toi")
                        .param("confirmPassword", "mat-khau-moi-cua-toi"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/communes").session(here)).andExpect(status().isOk());
        mvc.perform(get("/communes").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/communes").session(otherUser)).andExpect(status().isOk());
    }

    @Test
    void aFormSentAfterItsSessionEndedLeadsToTheLoginAndBackToTheForm() throws Exception {
        MvcResult refused = mvc.perform(post("/organizations/new")
                        .header("Referer", "http://localhost/organizations/new")
                        .param("name", "Không được lưu").param("_csrf", "token-of-an-ended-session"))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);

        String page = mvc.perform(get("/login").param("expired", "").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Phiên làm việc đã hết hạn").doesNotContain("không có quyền");

        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "ninhthuy").param("password", Sessions.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/organizations/new"));
        String form = mvc.perform(get("/organizations/new").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("data-restore-drafts");
        assertThat(jdbc.queryForObject("select count(*) from organization where name = 'Không được lưu'",
                Integer.class)).isZero();
    }

    @Test
    void aStaleCsrfTokenOfALoggedInUserLeadsBackToTheFormNotToForbidden() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");

        mvc.perform(post("/organizations/new").session(officer).with(once()).with(csrf().useInvalidToken())
                        .header("Referer", "http://localhost/organizations/new?from=list")
                        .param("name", "Cũng không được lưu"))
                .andExpect(redirectedUrl("/organizations/new?from=list"));
        String form = mvc.perform(get("/organizations/new?from=list").session(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("data-restore-drafts", "Phiên làm việc đã hết hạn nên biểu mẫu chưa được gửi")
                .doesNotContain("không có quyền");
        // the message is shown once: a later visit is an ordinary form
        assertThat(mvc.perform(get("/organizations/new").session(officer)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("data-restore-drafts");

        // another site's address is never a way back
        mvc.perform(post("/organizations/new").session(officer).with(once()).with(csrf().useInvalidToken())
                        .header("Referer", "https://evil.example/organizations/new"))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from organization where name = 'Cũng không được lưu'",
                Integer.class)).isZero();
    }

    @Test
    void aFormWhoseOneTimeTokenIsStaleGoesBackToItsPageWithTheInputKept() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        String someoneElses = OnceTokens.issue(context, "ninhtho");

        mvc.perform(post("/organizations/new").session(officer).with(once(someoneElses))
                        .header("Referer", "http://localhost/organizations/new")
                        .param("name", "Vẫn không được lưu"))
                .andExpect(redirectedUrl("/organizations/new"));
        String form = mvc.perform(get("/organizations/new").session(officer)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("data-restore-drafts", "Biểu mẫu đã cũ hoặc không hợp lệ");
        assertThat(jdbc.queryForObject("select count(*) from organization where name = 'Vẫn không được lưu'",
                Integer.class)).isZero();
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse()
                .getRedirectedUrl();
    }

    private void disable(String username) throws Exception {
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        mvc.perform(post("/admin/users/{id}/disable", id).session(Sessions.demo(mvc, "admin")).with(once())
                        .param("version", jdbc.queryForObject("select version from user_account where id = ?",
                                String.class, id)))
                .andExpect(redirectedUrl("/admin/users"));
    }

    /** An account of the test's own (password tester-password-1). */
    private void createUser(String username, String role) throws Exception {
        mvc.perform(post("/admin/users/new").session(Sessions.demo(mvc, "admin")).with(once())
                        .param("username", username).param("fullName", "Người thử " + username)
                        .param("roles", role).param("password", "tester-password-1")
                        .param("confirmPassword", "tester-password-1"))
                .andExpect(status().isFound());
        jdbc.update("update user_account set must_change_password = false where username = ?", username);
    }
}
