package vn.antt.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

@AnttIntegrationTest
class AccountSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousRequestsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/communes")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(status().isFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().isFound());
    }

    @Test
    void loginPageCarriesAContentSecurityPolicyWithoutInlineScript() throws Exception {
        String policy = mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().exists("X-Frame-Options"))
                .andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
    }

    @Test
    void formPostWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        createUser("tester-csrf", "APPRAISER");
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        long id = userId("tester-csrf");

        // a logged-in user's form without a valid token is led back to its page, never "không có quyền"
        mvc.perform(post("/admin/users/{id}/disable", id).session(admin)).andExpect(redirectedUrl("/"));
        // without a session a form's token cannot match: the sender is asked to log in again, not logged in
        mvc.perform(post("/login").param("username", "admin").param("password", Sessions.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?expired"))
                .andExpect(result -> assertThat(result.getRequest().getSession(false) == null
                        || result.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null)
                        .isTrue());

        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        createUser("tester-lock", "STEERING");

        // a wrong password never tells that the account is locked (LoginAnswersTest); the right one does
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user("tester-lock").password("wrong-password"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("tester-lock").password("tester-password-1"))
                .andExpect(redirectedUrl("/login?locked"));

        String page = mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tài khoản đã bị tạm khóa 15 phút do nhập sai mật khẩu 5 lần liên tiếp.");
        assertThat(jdbc.queryForObject("""
                select locked_until between now() + interval '14 minutes' and now() + interval '16 minutes'
                from user_account where username = 'tester-lock'""", Boolean.class)).isTrue();
    }

    @Test
    void afterAnAdminResetTheUserMustChangeThePasswordBeforeAnythingElse() throws Exception {
        createUser("tester-reset", "STEERING");
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        mvc.perform(post("/admin/users/{id}/reset-password", userId("tester-reset")).session(admin).with(once())
                        .param("password", "temporary-pass-2").param("confirmPassword", "temporary-pass-2"))
                .andExpect(redirectedUrl("/admin/users"));

        MockHttpSession user = Sessions.login(mvc, "tester-reset", "temporary-pass-2");
        mvc.perform(get("/communes").session(user)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(user)).andExpect(redirectedUrl("/account/password"));

        assertThat(changePassword(user, "temporary-pass-2", "ngan-9-kt"))
                .contains("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(changePassword(user, "temporary-pass-2", "tester-reset"))
                .contains("Mật khẩu không được trùng với tên đăng nhập.");
        assertThat(changePassword(user, "temporary-pass-2", "Tester-Reset"))
                .contains("Mật khẩu không được trùng với tên đăng nhập.");
        mvc.perform(get("/communes").session(user)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(user).with(once())
                        .param("currentPassword", "temporary-pass-2")
                        .param("newPassword", "mat-khau-moi-dai")
                        .param("confirmPassword", "mat-khau-moi-dai"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/communes").session(user)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select must_change_password from user_account where username = 'tester-reset'",
                Boolean.class)).isFalse();
    }

    @Test
    void adminCannotCreateAUserWithAWeakPasswordOrAnOfficerWithoutCommune() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");

        String shortPassword = mvc.perform(post("/admin/users/new").session(admin).with(once())
                        .param("username", "tester-weak").param("fullName", "Nguyễn Văn Thử")
                        .param("roles", "STEERING").param("password", "123456789").param("confirmPassword", "123456789"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shortPassword).contains("Mật khẩu phải có ít nhất 10 ký tự.", "Nguyễn Văn Thử");

        String noCommune = mvc.perform(post("/admin/users/new").session(admin).with(once())
                        .param("username", "tester-weak").param("fullName", "Nguyễn Văn Thử")
                        .param("roles", "COMMUNE_OFFICER").param("password", "mot-mat-khau-dai")
                        .param("confirmPassword", "mot-mat-khau-dai"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noCommune).contains("Cán bộ xã, phường phải gắn với một xã, phường.");

        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'tester-weak'",
                Integer.class)).isZero();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() throws Exception {
        createUser("tester-session", "STEERING");
        MockHttpSession user = Sessions.login(mvc, "tester-session", "tester-password-1");
        mvc.perform(get("/communes").session(user)).andExpect(status().isOk());

        long id = userId("tester-session");
        mvc.perform(post("/admin/users/{id}/disable", id).session(Sessions.demo(mvc, "admin")).with(once())
                .param("version", jdbc.queryForObject("select version from user_account where id = ?", String.class, id)))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/communes").session(user)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void theLastAdministratorCannotBeRemovedAndNobodyRemovesTheirOwnAdministration() throws Exception {
        createUser("tester-admin", "ADMIN");
        MockHttpSession admin = Sessions.login(mvc, "tester-admin", "tester-password-1");
        long self = userId("tester-admin");

        String page = mvc.perform(post("/admin/users/{id}", self).session(admin).with(once())
                        .param("fullName", "Người thử tester-admin").param("roles", "STEERING").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Bạn không thể tự bỏ quyền hoặc vô hiệu hóa tài khoản quản trị của chính mình.");
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, self))
                .containsExactly("ADMIN");
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        for (String user : new String[] {"ninhthuy", "congan", "bcd"}) {
            mvc.perform(get("/admin/users").session(Sessions.demo(mvc, user))).andExpect(status().isForbidden());
        }
    }

    private String changePassword(MockHttpSession session, String current, String newPassword) throws Exception {
        return mvc.perform(post("/account/password").session(session).with(once())
                        .param("currentPassword", current).param("newPassword", newPassword)
                        .param("confirmPassword", newPassword))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Creates an account of the test's own through the administrator's form (initial password: tester-password-1). */
    private void createUser(String username, String role) throws Exception {
        mvc.perform(post("/admin/users/new").session(Sessions.demo(mvc, "admin")).with(once())
                        .param("username", username).param("fullName", "Người thử " + username)
                        .param("roles", role).param("password", "tester-password-1")
                        .param("confirmPassword", "tester-password-1"))
                .andExpect(status().isFound());
        // the first login with an administrator-given password asks for a new one: take it as the test's password
        jdbc.update("update user_account set must_change_password = false where username = ?", username);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
