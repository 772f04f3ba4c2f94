package vn.antt.infrastructure.web.once;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;
import vn.antt.infrastructure.security.FormReturn;

/**
 * Every state-changing request runs at most once (issue 11 §2). It must carry a form token issued to its user
 * ({@link FormTokens}); the token is claimed in the database before the request runs. A second request with the same
 * token (a double click, a browser retry, a script) waits for the first: when that one succeeded, the second is led to
 * the same page with "đã được thực hiện"; when it changed nothing (a form shown again with its errors), the second
 * runs as if it were the first. Registered after Spring Security (default filter order), so that only authenticated
 * and authorised requests get here.
 */
@Component
public class OnceOnlyFilter extends OncePerRequestFilter {

    /** Handled by Spring Security before any token could matter. */
    public static final List<String> EXEMPT_PATHS = List.of("/login", "/logout");

    /** Request attribute holding the message key of a refusal, shown by the error page. */
    public static final String REASON_ATTRIBUTE = "antt.reasonKey";

    static final String INVALID_KEY = "form.once.invalid";
    static final String RUNNING_KEY = "form.once.running";
    static final String DONE_KEY = "form.once.done";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> FAILURE_FLASHES = List.of("failure", "fileProblem");
    private static final long WAIT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 50;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final FormTokens tokens;
    private final FormSubmissions submissions;
    private final MessageSource messages;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    OnceOnlyFilter(FormTokens tokens, FormSubmissions submissions, MessageSource messages) {
        this.tokens = tokens;
        this.submissions = submissions;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return EXEMPT_PATHS.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            // Spring Security lets no anonymous state change through except what is exempt
            chain.doFilter(request, response);
            return;
        }
        String token = tokens.verify(request.getParameter(FormTokens.FIELD), authentication.getName());
        if (token == null) {
            // a stale form (e.g. typed before a login as someone else): back to its page, where app.js keeps what
            // its own user typed; only a request without a page of ours behind it gets the refusal page
            var formPage = FormReturn.formPage(request);
            if (formPage.isPresent()) {
                FormReturn.leadBack(request, response, formPage.get(), INVALID_KEY);
            }
            else {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, INVALID_KEY);
            }
            return;
        }
        while (true) {
            if (submissions.claim(token, authentication.getName())) {
                run(token, request, response, chain);
                return;
            }
            FormSubmissions.State first = awaitFirst(token);
            if (first == null) {
                continue; // the first changed nothing: this one runs in its place
            }
            if (first.completed()) {
                leadToResultOfFirst(first.location(), request, response);
            }
            else {
                refuse(request, response, HttpServletResponse.SC_CONFLICT, RUNNING_KEY);
            }
            return;
        }
    }

    private void run(String token, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RedirectCapture capture = new RedirectCapture(response);
        boolean completed = false;
        try {
            chain.doFilter(request, capture);
            String location = capture.location();
            if (location != null && !changedNothing(request)) {
                submissions.complete(token, location);
                completed = true;
            }
        }
        finally {
            if (!completed) {
                submissions.release(token);
            }
        }
    }

    /**
     * A redirect that carries a failure to the next page ({@code failure}, {@code fileProblem}) changed nothing: the
     * convention of every controller here.
     */
    private static boolean changedNothing(HttpServletRequest request) {
        return request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE) instanceof FlashMap flash
                && FAILURE_FLASHES.stream().anyMatch(flash::containsKey);
    }

    /** Polls until the first request finished: its state, or null when it released the token. */
    private FormSubmissions.State awaitFirst(String token) throws IOException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            FormSubmissions.State state = submissions.state(token);
            if (state == null || state.completed() || System.currentTimeMillis() > deadline) {
                return state;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IOException(ex);
            }
        }
    }

    private void leadToResultOfFirst(String location, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        FlashMap flash = new FlashMap();
        flash.put("success", DONE_KEY);
        flash.setTargetRequestPath(UriComponentsBuilder.fromUriString(location).build().getPath());
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(location);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        request.setAttribute(REASON_ATTRIBUTE, key);
        response.sendError(status, messages.getMessage(key, null, VIETNAMESE));
    }

    /** Remembers where the handler's answer leads, if it is a redirect. */
    private static final class RedirectCapture extends HttpServletResponseWrapper {

        private String location;

        RedirectCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String target) throws IOException {
            location = target;
            super.sendRedirect(target);
        }

        String location() {
            int status = getStatus();
            if (location == null && status >= 300 && status < 400) {
                return getHeader("Location");
            }
            return status >= 300 && status < 400 ? location : null;
        }
    }
}
