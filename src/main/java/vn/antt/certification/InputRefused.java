package vn.antt.certification;

/**
 * What was typed cannot be taken (a required reason left blank, text too long or holding control characters): the
 * form's page is shown again with what was typed and the message next to {@code field} (null: the form as a whole),
 * rather than the conflict page meant for a dossier's state.
 */
public class InputRefused extends DossierConflict {

    private final String field;

    public InputRefused(String messageKey, String field) {
        super(messageKey);
        this.field = field;
    }

    /** The form field the message belongs to, or null. */
    public String field() {
        return field;
    }
}
