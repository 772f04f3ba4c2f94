package vn.antt.infrastructure.web;

import java.beans.PropertyEditorSupport;
import java.text.Normalizer;
import java.util.List;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Input hygiene for every form: text is trimmed (blank becomes empty) and stored in Unicode NFC. */
@ControllerAdvice
class GlobalControllerAdvice {

    /** Passwords are taken exactly as typed, since the login form compares them untouched. */
    private static final List<String> VERBATIM_FIELDS = List.of("password", "currentPassword", "newPassword",
            "confirmPassword");

    @InitBinder
    void normalizeText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NormalizingEditor());
        VERBATIM_FIELDS.forEach(field -> binder.registerCustomEditor(String.class, field, new VerbatimEditor()));
    }

    static final class NormalizingEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
            }
            else {
                setValue(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    static final class VerbatimEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
