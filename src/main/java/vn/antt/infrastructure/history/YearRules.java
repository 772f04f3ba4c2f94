package vn.antt.infrastructure.history;

import java.time.LocalDate;

/**
 * What counts in year Y (domain §3), written once in Java. The SQL functions of migration V22 ({@code f_valid_in_year},
 * {@code f_active_at_end_of}, {@code f_new_in}) say the same for every query; {@code YearRulesTest} holds the two
 * together on dates built around each boundary.
 */
public final class YearRules {

    private YearRules() {
    }

    /** A khu dân cư or commune counts in Y when it existed on some day of Y (an empty bound is open). */
    public static boolean isValidIn(LocalDate validFrom, LocalDate validTo, int year) {
        return (validFrom == null || !validFrom.isAfter(yearEnd(year)))
                && (validTo == null || !validTo.isBefore(yearStart(year)));
    }

    /** Founded between 01/01/Y and 31/12/Y inclusive. */
    public static boolean isNewIn(LocalDate foundedOn, int year) {
        return foundedOn.getYear() == year;
    }

    /**
     * Founded on or before 31/12/Y and not dissolved on or before 31/12/Y (a model dissolved on 31/12/Y is not
     * active at the end of Y; one dissolved on 01/01/Y+1 is). A suspended model counts as active.
     */
    public static boolean isActiveAtEndOf(LocalDate foundedOn, LocalDate dissolvedOn, int year) {
        LocalDate yearEnd = yearEnd(year);
        return !foundedOn.isAfter(yearEnd) && (dissolvedOn == null || dissolvedOn.isAfter(yearEnd));
    }

    public static LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
