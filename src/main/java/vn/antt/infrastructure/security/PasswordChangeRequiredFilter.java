package vn.antt.infrastructure.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** After an administrator reset a password, its owner must choose a new one before doing anything else. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    private static final List<String> ALLOWED_PREFIXES = List.of(CHANGE_PASSWORD_PATH, "/logout", "/error",
            "/keep-alive", "/webjars/", "/css/", "/js/", "/fonts/", "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && user.mustChangePassword() && !allowed(request)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
