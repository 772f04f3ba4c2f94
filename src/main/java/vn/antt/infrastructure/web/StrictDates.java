package vn.antt.infrastructure.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as officers type them, dd/MM/yyyy, parsed strictly: 31/02/2023 is an error, not 03/03/2023. */
public final class StrictDates {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictDates() {
    }

    /** The date typed, or null when nothing or something else was typed. */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), FORMAT);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }
}
