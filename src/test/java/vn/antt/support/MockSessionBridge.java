package vn.antt.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * MockMvc tests hold a user's session as a {@code MockHttpSession} ({@link Sessions#login}, {@code .session(…)}),
 * while the application keeps its sessions in PostgreSQL with Spring Session, which finds a session by its cookie.
 * This filter, ahead of Spring Session's, ties the two for MockMvc requests only (requests of the real server pass
 * untouched): it sends the cookie of the stored session a {@code MockHttpSession} stands for, remembers the cookie an
 * answer sets (a login's new session id changes the {@code MockHttpSession}'s id too, as a container would), and
 * copies the stored session's attributes into the {@code MockHttpSession} after each request, read back from the
 * database, so that what a test reads there is what was serialized. An attribute a test removes from the
 * {@code MockHttpSession} (e.g. messages it does not mean to read) is removed from the stored session before the
 * next request.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockSessionBridge {

    /** The cookie value of the stored session a {@code MockHttpSession} stands for. */
    static final String COOKIE_ATTRIBUTE = MockSessionBridge.class.getName() + ".cookie";

    /** The names of the attributes copied into the {@code MockHttpSession} after its last request. */
    static final String COPIED_ATTRIBUTE = MockSessionBridge.class.getName() + ".copied";

    @Bean
    FilterRegistrationBean<BridgeFilter> mockSessionBridgeFilter(SessionRepository<? extends Session> sessions,
            @Value("${server.servlet.session.cookie.name}") String cookieName) {
        FilterRegistrationBean<BridgeFilter> registration =
                new FilterRegistrationBean<>(new BridgeFilter(sessions, cookieName));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class BridgeFilter extends OncePerRequestFilter {

        private final SessionRepository<? extends Session> sessions;
        private final String cookieName;

        BridgeFilter(SessionRepository<? extends Session> sessions, String cookieName) {
            this.sessions = sessions;
            this.cookieName = cookieName;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            MockHttpServletResponse mockResponse = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
            if (mock == null || mockResponse == null) {
                chain.doFilter(request, response);
                return;
            }
            HttpSession held = mock.getSession(false);
            String sent = held == null ? null : (String) held.getAttribute(COOKIE_ATTRIBUTE);
            if (sent != null) {
                forgetRemoved(held, sessionId(sent));
                List<Cookie> cookies = new ArrayList<>(mock.getCookies() == null ? List.of()
                        : Arrays.stream(mock.getCookies()).filter(c -> !c.getName().equals(cookieName)).toList());
                cookies.add(new Cookie(cookieName, sent));
                mock.setCookies(cookies.toArray(Cookie[]::new));
            }
            try {
                chain.doFilter(request, response);
            }
            finally {
                remember(mock, sent, setCookie(mockResponse));
            }
        }

        private void remember(MockHttpServletRequest mock, String sent, String set) {
            HttpSession held = mock.getSession(false);
            if (set != null && !set.isEmpty()) {
                if (held == null) {
                    held = mock.getSession(true);
                }
                else if (!set.equals(sent)) {
                    mock.changeSessionId();
                }
                held.setAttribute(COOKIE_ATTRIBUTE, set);
            }
            else if (set != null && held != null) {
                held.removeAttribute(COOKIE_ATTRIBUTE);
            }
            if (held != null) {
                mirror(held);
            }
        }

        /** Removes from the stored session what the test removed from the {@code MockHttpSession}. */
        private void forgetRemoved(HttpSession held, String id) {
            if (!(held.getAttribute(COPIED_ATTRIBUTE) instanceof Set<?> copied)) {
                return;
            }
            List<String> removed = copied.stream().map(String.class::cast)
                    .filter(name -> held.getAttribute(name) == null).toList();
            if (!removed.isEmpty()) {
                try {
                    StatementCounter.uncounted(() -> remove(sessions, id, removed));
                }
                catch (Exception ex) {
                    throw new IllegalStateException("could not update the stored session", ex);
                }
            }
        }

        private static <S extends Session> Void remove(SessionRepository<S> sessions, String id, List<String> names) {
            S stored = sessions.findById(id);
            if (stored != null) {
                names.forEach(stored::removeAttribute);
                sessions.save(stored);
            }
            return null;
        }

        private void mirror(HttpSession held) {
            for (String name : Collections.list(held.getAttributeNames())) {
                if (!name.equals(COOKIE_ATTRIBUTE)) {
                    held.removeAttribute(name);
                }
            }
            String cookie = (String) held.getAttribute(COOKIE_ATTRIBUTE);
            if (cookie == null) {
                return;
            }
            try {
                Session stored = StatementCounter.uncounted(() -> sessions.findById(sessionId(cookie)));
                if (stored != null) {
                    stored.getAttributeNames().forEach(name -> held.setAttribute(name, stored.getAttribute(name)));
                    held.setAttribute(COPIED_ATTRIBUTE, Set.copyOf(stored.getAttributeNames()));
                }
            }
            catch (Exception ex) {
                throw new IllegalStateException("could not read the stored session back", ex);
            }
        }

        /** The session cookie this answer sets: its value, "" when it deletes the cookie, null when it sets none. */
        private String setCookie(MockHttpServletResponse response) {
            String value = null;
            for (String header : response.getHeaders("Set-Cookie")) {
                if (header.startsWith(cookieName + "=")) {
                    int end = header.indexOf(';');
                    value = header.substring(cookieName.length() + 1, end < 0 ? header.length() : end);
                }
            }
            return value;
        }

        private static String sessionId(String cookie) {
            try {
                return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
            }
            catch (IllegalArgumentException notEncoded) {
                return cookie;
            }
        }
    }
}
