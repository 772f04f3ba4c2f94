package vn.antt.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.antt.certification.InputRefused;

/** Leads a refused input back to the page its form is on, with the message; nothing was changed. */
final class InputRefusals {

    private InputRefusals() {
    }

    /** The page of {@code /dossiers/7/return} is {@code /dossiers/7}; of {@code /decisions}, itself. */
    static String backToForm(InputRefused refused, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("failure", refused.messageKey());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int last = path.lastIndexOf('/');
        String page = last > 0 ? path.substring(0, last) : path;
        String year = request.getParameter("year");
        boolean withYear = last == 0 && year != null && year.matches("\\d{4}");
        return "redirect:" + page + (withYear ? "?year=" + year : "");
    }
}
