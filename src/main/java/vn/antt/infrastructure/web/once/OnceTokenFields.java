package vn.antt.infrastructure.web.once;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh one-time token to every form that sends something (as the CSRF token is added: Thymeleaf asks the
 * {@code requestDataValueProcessor} bean for the hidden fields of each {@code th:action} form), around Spring
 * Security's own processor, which keeps adding the CSRF token.
 */
class OnceTokenFields implements RequestDataValueProcessor {

    private static final Pattern READ_ONLY = Pattern.compile("(?i)^(GET|HEAD|TRACE|OPTIONS)$");
    private static final String READ_ONLY_FORM = OnceTokenFields.class.getName() + ".readOnlyForm";

    private final RequestDataValueProcessor csrf;
    private final ObjectProvider<FormTokens> tokens;

    OnceTokenFields(RequestDataValueProcessor csrf, ObjectProvider<FormTokens> tokens) {
        this.csrf = csrf;
        this.tokens = tokens;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String method) {
        if (method != null && READ_ONLY.matcher(method).matches()) {
            request.setAttribute(READ_ONLY_FORM, Boolean.TRUE);
        }
        else {
            request.removeAttribute(READ_ONLY_FORM);
        }
        return csrf.processAction(request, action, method);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return csrf.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> csrfFields = csrf.getExtraHiddenFields(request);
        if (csrfFields != null) {
            fields.putAll(csrfFields);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean sends = !Boolean.TRUE.equals(request.getAttribute(READ_ONLY_FORM));
        if (sends && authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            fields.put(FormTokens.FIELD, tokens.getObject().issue(authentication.getName()));
        }
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return csrf.processUrl(request, url);
    }
}
