package vn.antt.infrastructure.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else saved the record after the user opened the form. The controller re-shows the form with what the user
 * typed, "Dữ liệu đã được người khác cập nhật" and a link to the current version.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleEditException extends RuntimeException {

    public StaleEditException() {
        super(null, null, false, false);
    }
}
