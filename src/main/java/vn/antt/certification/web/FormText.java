package vn.antt.certification.web;

import vn.antt.certification.InputRefused;
import vn.antt.infrastructure.validation.PlainTextValidator;

/** Free text typed into a certification form: refused, with a message, when too long or holding control characters. */
final class FormText {

    private FormText() {
    }

    /**
     * The stripped text, or null when blank; line breaks and tabs are allowed only when {@code multiline}. A refusal
     * names {@code field}, the form field the text was typed into.
     */
    static String of(String value, int max, boolean multiline, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        boolean refused = !PlainTextValidator.isPlain(text, multiline);
        if (text.length() > max || refused) {
            throw new InputRefused("dossier.text.invalid", field);
        }
        return text;
    }
}
