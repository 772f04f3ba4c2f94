package vn.antt.infrastructure.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * "The current year" of every page: the latest open evaluation year once evaluation years exist, before that the
 * calendar year in Vietnam.
 */
@Component
public class CurrentYear {

    /** The earliest year the records go back to (results imported from earlier records). */
    public static final int FIRST_YEAR = 2015;

    private final Clock clock;

    CurrentYear(Clock clock) {
        this.clock = clock;
    }

    public int get() {
        return LocalDate.now(clock).getYear();
    }
}
