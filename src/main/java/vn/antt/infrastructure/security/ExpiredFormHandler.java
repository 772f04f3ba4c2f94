package vn.antt.infrastructure.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import vn.antt.infrastructure.web.once.OnceOnlyFilter;

/**
 * A form whose CSRF token is stale was typed in a session that has ended. It is never "không có quyền": logged out,
 * the user goes to the login page with "Phiên làm việc đã hết hạn" and, once logged in, back to the form's page;
 * logged in again meanwhile (e.g. in another tab), straight back to the form's page with that message. There
 * {@code app.js} restores what was typed, and the user chooses to send it. Every other refusal is the 403 page, with
 * its reason when it has one ({@link ReasonedRefusal}).
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    static final String MESSAGE_KEY = "session.expired.form";

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException)) {
            if (denied instanceof ReasonedRefusal refusal) {
                request.setAttribute(OnceOnlyFilter.REASON_ATTRIBUTE, refusal.messageKey());
            }
            forbidden.handle(request, response, denied);
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
        String formPage = FormReturn.formPage(request).orElse(null);
        if (!loggedIn) {
            if (formPage != null) {
                FormReturn.remember(request, formPage);
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        FormReturn.leadBack(request, response, formPage == null ? "/" : formPage, MESSAGE_KEY);
    }
}
