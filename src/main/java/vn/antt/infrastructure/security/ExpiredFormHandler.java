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

/**
 * A form sent after its session ended (its CSRF token belongs to the old session) goes to the login page with
 * "Phiên làm việc đã hết hạn"; every other refusal is the 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
        if (denied instanceof CsrfException && !loggedIn) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        forbidden.handle(request, response, denied);
    }
}
