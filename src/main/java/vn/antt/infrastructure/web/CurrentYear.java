package vn.antt.infrastructure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "The current year" of every page: the latest open evaluation year once evaluation years exist, before that the
 * calendar year in Vietnam.
 */
@Component
public class CurrentYear {

    /** The earliest evaluation year: the year Thông tư 23/2012/TT-BCA, the first criteria, took effect. */
    public static final int FIRST_YEAR = 2012;

    private final Clock clock;
    private final ObjectProvider<OpenYears> openYears;

    CurrentYear(Clock clock, ObjectProvider<OpenYears> openYears) {
        this.clock = clock;
        this.openYears = openYears;
    }

    public int get() {
        return openYears.stream().flatMap(years -> years.latestOpen().stream()).findFirst()
                .orElseGet(() -> LocalDate.now(clock).getYear());
    }

    /** The evaluation years there are, latest first (none before the first is opened). */
    public List<Integer> existing() {
        return openYears.stream().flatMap(years -> years.existing().stream()).toList();
    }

    /** The calendar year in Vietnam, whatever the open evaluation year. */
    public int calendarYear() {
        return LocalDate.now(clock).getYear();
    }
}
