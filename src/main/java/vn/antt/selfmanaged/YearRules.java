package vn.antt.selfmanaged;

import java.time.LocalDate;

/**
 * How a model counts in year Y (domain §3). The SQL counters of {@link SelfManagedModelRepository} say the same in
 * SQL; a test holds the two together.
 */
public final class YearRules {

    private YearRules() {
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
