package vn.antt.infrastructure.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.antt.infrastructure.problem.StaleEditException;

/**
 * An action on a record (or a set) that changed after the page showed it, which its controller did not handle
 * itself: back to the page the user came from, now showing the current version, with the stale-data message.
 * Never the generic 409 page: the user needs the way back to what is there now.
 */
@ControllerAdvice
class StaleEditAdvice {

    static final String MESSAGE = "common.stale";

    /** Also the loser of two saves of the same version at the same moment, which Hibernate's version check finds. */
    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class})
    String stale(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("failure", MESSAGE);
        return "redirect:" + wayBack(request);
    }

    /** The page the form was on (same origin only), else the action's address without its last step. */
    static String wayBack(HttpServletRequest request) {
        String context = request.getContextPath();
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                        && uri.getRawPath().startsWith(context + "/")) {
                    String path = uri.getRawPath().substring(context.length());
                    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                }
            }
            catch (IllegalArgumentException ignored) {
                // a malformed Referer: fall back to the action's own address
            }
        }
        String path = request.getRequestURI().substring(context.length());
        int last = path.lastIndexOf('/');
        return last <= 0 ? "/" : path.substring(0, last);
    }
}
