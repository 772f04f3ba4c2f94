package vn.antt.infrastructure.security;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The page of a form that was sent after its session ended: the user is led back to it after logging in again, where
 * {@code app.js} restores what was typed. Only a path of this application is kept, never another site's address.
 */
public final class FormReturn {

    /** The flash attribute that asks {@code app.js} to restore the drafts of the page's forms. */
    static final String RESTORE_DRAFTS = "restoreDrafts";

    private static final String ATTRIBUTE = FormReturn.class.getName();
    private static final SessionFlashMapManager FLASH_MAPS = new SessionFlashMapManager();

    private FormReturn() {
    }

    /** The form's page, taken from the request's Referer when it is a page of this application. */
    public static Optional<String> formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer);
            boolean sameOrigin = uri.getHost() == null || (uri.getHost().equalsIgnoreCase(request.getServerName())
                    && (uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort()) == request.getServerPort());
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (!sameOrigin || path == null || !path.startsWith(context + "/") || path.startsWith("//")
                    || path.startsWith(context + "/login")) {
                return Optional.empty();
            }
            return Optional.of(path.substring(context.length())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    static void remember(HttpServletRequest request, String page) {
        request.getSession().setAttribute(ATTRIBUTE, page);
    }

    /** The remembered form page, once: it is forgotten as it is taken. */
    public static Optional<String> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String page)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(page);
    }

    /**
     * Redirects to a form's page (a path of this application) and asks its script to restore what was typed there,
     * with the message {@code messageKey} (or none).
     */
    public static void leadBack(HttpServletRequest request, HttpServletResponse response, String page,
                                String messageKey) throws IOException {
        String target = request.getContextPath() + page;
        FlashMap flash = new FlashMap();
        flash.put(RESTORE_DRAFTS, Boolean.TRUE);
        if (messageKey != null) {
            flash.put("failure", messageKey);
        }
        int query = target.indexOf('?');
        flash.setTargetRequestPath(query < 0 ? target : target.substring(0, query));
        FLASH_MAPS.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(target);
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
