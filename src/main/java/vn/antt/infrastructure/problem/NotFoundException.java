package vn.antt.infrastructure.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist, or that the user may not know exists (another commune's): answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super(null, null, false, false);
    }
}
