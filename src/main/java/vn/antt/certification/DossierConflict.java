package vn.antt.certification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The dossier's state, its year or a missing piece does not allow the action (409); the message key says why. */
@ResponseStatus(HttpStatus.CONFLICT)
public class DossierConflict extends RuntimeException {

    private final String messageKey;

    public DossierConflict(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
