package vn.antt.certification;

/**
 * What was typed cannot be taken (a required reason left blank, text too long or holding control characters): the
 * form's page is shown again with the message, rather than the conflict page meant for a dossier's state.
 */
public class InputRefused extends DossierConflict {

    public InputRefused(String messageKey) {
        super(messageKey);
    }
}
