package vn.antt.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} opened by itself (GET), with no error behind it, is a page that does not exist (404), not a server error:
 * the error controller reads a missing status as 500. Error dispatches do not pass here.
 */
@Component
class DirectErrorFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // a form posted to it is the once-only filter's to refuse
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || !path.equals("/error") && !path.startsWith("/error/") && !path.startsWith("/error.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
