package vn.antt.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Real logins through the login form, for MockMvc tests that act as a given user. */
public final class Sessions {

    public static final String DEMO_PASSWORD = "antt-demo-2022";

    private Sessions() {
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("/login")) {
            throw new AssertionError("login of " + username + " failed: " + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public static MockHttpSession demo(MockMvc mvc, String username) throws Exception {
        return login(mvc, username, DEMO_PASSWORD);
    }
}
