package vn.antt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.infrastructure.history.YearRules;
import vn.antt.support.AnttIntegrationTest;

/**
 * The rules of what counts in a year, in Java ({@link YearRules}) and in SQL (the functions every query uses), give
 * the same answer on dates built around each boundary — not on the demo data.
 */
@AnttIntegrationTest
class YearRulesSqlTest {

    private static final int YEAR = 2022;

    @Autowired
    JdbcTemplate jdbc;

    /** Both ends of the year and of the years around it, a day either side, and no date at all. */
    private static List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        days.add(null);
        for (int year = YEAR - 1; year <= YEAR + 1; year++) {
            for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                days.add(day.minusDays(1));
                days.add(day);
                days.add(day.plusDays(1));
            }
            days.add(LocalDate.of(year, 6, 15));
        }
        return days.stream().distinct().toList();
    }

    @Test
    void validityInAYearIsTheSameInJavaAndSql() {
        int compared = 0;
        for (LocalDate from : days()) {
            for (LocalDate to : days()) {
                if (from != null && to != null && to.isBefore(from)) {
                    continue;
                }
                Boolean sql = jdbc.queryForObject("select f_valid_in_year(?, ?, ?)", Boolean.class, from, to, YEAR);
                assertThat(sql).as("valid %s – %s in %d", from, to, YEAR)
                        .isEqualTo(YearRules.isValidIn(from, to, YEAR));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void activeAtYearEndAndNewInTheYearAreTheSameInJavaAndSql() {
        for (LocalDate founded : days()) {
            if (founded == null) {
                continue;
            }
            assertThat(jdbc.queryForObject("select f_new_in(?, ?)", Boolean.class, founded, YEAR))
                    .as("new in %d: founded %s", YEAR, founded).isEqualTo(YearRules.isNewIn(founded, YEAR));
            for (LocalDate dissolved : days()) {
                if (dissolved != null && dissolved.isBefore(founded)) {
                    continue;
                }
                assertThat(jdbc.queryForObject("select f_active_at_end_of(?, ?, ?)", Boolean.class, founded,
                        dissolved, YEAR))
                        .as("active at end of %d: %s – %s", YEAR, founded, dissolved)
                        .isEqualTo(YearRules.isActiveAtEndOf(founded, dissolved, YEAR));
            }
        }
    }
}
