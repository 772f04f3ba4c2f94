package vn.antt.certification.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.antt.certification.InputRefused;
import vn.antt.infrastructure.web.once.FormTokens;

/**
 * Leads a refused input back to the page its form is on, with the message and what was typed (kept for the form
 * shown again); nothing was changed.
 */
final class InputRefusals {

    /** What a form carries but the user did not type: never carried back. */
    private static final Set<String> NOT_TYPED = Set.of("_csrf", FormTokens.FIELD, "version", "shownSet");

    private InputRefusals() {
    }

    /** The page of {@code /dossiers/7/return} is {@code /dossiers/7}; of {@code /decisions}, itself. */
    static String backToForm(InputRefused refused, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, Object> flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("failure", refused.messageKey());
        flash.put("refused", new RefusedInput(path, refused.field(), refused.messageKey(), typed(request)));
        int last = path.lastIndexOf('/');
        String page = last > 0 ? path.substring(0, last) : path;
        String year = request.getParameter("year");
        boolean withYear = last == 0 && year != null && year.matches("\\d{4}");
        return "redirect:" + page + (withYear ? "?year=" + year : "");
    }

    private static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_TYPED.contains(name) && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return typed;
    }
}
