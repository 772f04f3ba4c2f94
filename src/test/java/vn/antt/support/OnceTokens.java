package vn.antt.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.antt.support.OnceTokens.once;

import jakarta.servlet.http.HttpSession;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.antt.infrastructure.web.once.FormTokens;

/**
 * What a rendered form sends besides its fields: Spring Security's CSRF token and a one-time form token issued by the
 * application itself to the session's user, as the page would have carried it.
 */
public final class OnceTokens {

    private OnceTokens() {
    }

    /** CSRF and a fresh one-time token: a form sent once. */
    public static RequestPostProcessor once() {
        return request -> withToken(request, tokens(request).issue(username(request)));
    }

    /** CSRF and the given one-time token: the same form sent again. */
    public static RequestPostProcessor once(String token) {
        return request -> withToken(request, token);
    }

    /** A token as the application would put into a form shown to {@code username}. */
    public static String issue(org.springframework.context.ApplicationContext context, String username) {
        return context.getBean(FormTokens.class).issue(username);
    }

    private static MockHttpServletRequest withToken(MockHttpServletRequest request, String token) {
        request.setParameter(FormTokens.FIELD, token);
        return csrf().postProcessRequest(request);
    }

    private static FormTokens tokens(MockHttpServletRequest request) {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                .getBean(FormTokens.class);
    }

    private static String username(MockHttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security && security.getAuthentication() != null) {
            return security.getAuthentication().getName();
        }
        // no login: whatever token is sent, Spring Security answers first
        return "anonymous";
    }
}
