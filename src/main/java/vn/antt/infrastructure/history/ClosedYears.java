package vn.antt.infrastructure.history;

import java.time.LocalDate;

import vn.antt.infrastructure.problem.FieldProblem;

/**
 * The evaluation years already closed (the certification module provides them). A closed year is history: a registry
 * record may not be dated inside one (docs/adr/0003-closed-years-are-frozen.md).
 */
public interface ClosedYears {

    /** The latest closed evaluation year, or 0 when none is closed. */
    int lastClosed();

    /**
     * Refuses a date on or before the end of the latest closed year, with a message on {@code field}; an empty date
     * passes (the caller decides what empty means).
     */
    default void requireAfterClosedYears(String field, LocalDate date) {
        if (date != null && !isAfterClosedYears(date, lastClosed())) {
            throw new FieldProblem(field, "history.date.closedYear");
        }
    }

    /** Whether {@code date} lies after every closed year, the latest of which is {@code lastClosed} (0: none). */
    static boolean isAfterClosedYears(LocalDate date, int lastClosed) {
        return date.getYear() > lastClosed;
    }
}
