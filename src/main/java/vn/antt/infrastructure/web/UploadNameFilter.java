package vn.antt.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload whose file name holds a NUL makes Tomcat refuse the whole request the first time anyone reads a
 * parameter (the CSRF check, before any controller): the user is led back to the form with the file-name message
 * instead of a server error. Runs right after the character encoding is set and the session is taken from the
 * database (Spring Session): the message it leaves must go into that session, not into a session of the server's
 * own, whose cookie would replace the user's.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class UploadNameFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")) {
            try {
                request.getParts();
            }
            catch (RuntimeException | ServletException | IOException ex) {
                if (causedByFileName(ex)) {
                    backToForm(request, response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean causedByFileName(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return true;
            }
        }
        return false;
    }

    /** The form of {@code /dossiers/7/attachments} is on {@code /dossiers/7}; of {@code /imports}, itself. */
    private static void backToForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int last = path.lastIndexOf('/');
        String page = request.getContextPath() + (last > 0 ? path.substring(0, last) : path);
        FlashMap flash = new FlashMap();
        flash.put("failure", "upload.fileName.invalid");
        flash.setTargetRequestPath(page);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(page);
    }
}
