package vn.antt.certification.web;

import vn.antt.certification.DossierConflict;

/** Free text typed into a certification form: refused, with a message, when too long or holding control characters. */
final class FormText {

    private FormText() {
    }

    /** The stripped text, or null when blank; line breaks and tabs are allowed only when {@code multiline}. */
    static String of(String value, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        boolean refused = text.codePoints().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (text.length() > max || refused) {
            throw new DossierConflict("dossier.text.invalid");
        }
        return text;
    }
}
