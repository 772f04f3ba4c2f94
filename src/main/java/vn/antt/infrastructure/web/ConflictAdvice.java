package vn.antt.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the database refused after every check in front of it passed (a constraint): the 409 page in Vietnamese,
 * never a 500. Forms handle their own conflicts first and keep what the user typed; a concurrent save of the same
 * version is a stale edit ({@link StaleEditAdvice}).
 */
@ControllerAdvice
class ConflictAdvice {

    @ExceptionHandler(DataIntegrityViolationException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
