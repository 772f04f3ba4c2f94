package vn.antt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.antt.infrastructure.history.YearRules;

class YearRulesTest {

    @Test
    void newInTheYearIncludesBothEnds() {
        assertThat(YearRules.isNewIn(LocalDate.of(2021, 12, 31), 2022)).isFalse();
        assertThat(YearRules.isNewIn(LocalDate.of(2022, 1, 1), 2022)).isTrue();
        assertThat(YearRules.isNewIn(LocalDate.of(2022, 12, 31), 2022)).isTrue();
        assertThat(YearRules.isNewIn(LocalDate.of(2023, 1, 1), 2022)).isFalse();
    }

    @Test
    void activeAtYearEndNeedsFoundingOnOrBeforeTheLastDay() {
        assertThat(YearRules.isActiveAtEndOf(LocalDate.of(2022, 12, 31), null, 2022)).isTrue();
        assertThat(YearRules.isActiveAtEndOf(LocalDate.of(2023, 1, 1), null, 2022)).isFalse();
    }

    @Test
    void aModelDissolvedOnTheLastDayIsNotActiveAtYearEndButOneDissolvedTheNextDayIs() {
        LocalDate founded = LocalDate.of(2019, 5, 1);
        assertThat(YearRules.isActiveAtEndOf(founded, LocalDate.of(2022, 12, 31), 2022)).isFalse();
        assertThat(YearRules.isActiveAtEndOf(founded, LocalDate.of(2023, 1, 1), 2022)).isTrue();
    }

    @Test
    void aUnitIsValidInEveryYearItExistedOnSomeDayOf() {
        assertThat(YearRules.isValidIn(null, null, 2022)).isTrue();
        assertThat(YearRules.isValidIn(LocalDate.of(2022, 12, 31), null, 2022)).isTrue();
        assertThat(YearRules.isValidIn(LocalDate.of(2023, 1, 1), null, 2022)).isFalse();
        assertThat(YearRules.isValidIn(null, LocalDate.of(2022, 1, 1), 2022)).isTrue();
        assertThat(YearRules.isValidIn(null, LocalDate.of(2021, 12, 31), 2022)).isFalse();
    }
}
