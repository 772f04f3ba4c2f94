package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** "Đạt chuẩn N năm liên tục", counted back from the last closed year. */
class ConsecutiveYearsTest {

    @Test
    void aGapEndsTheRun() {
        assertThat(ConsecutiveYears.count(Map.of(2019, DossierState.RECOGNIZED, 2021, DossierState.RECOGNIZED,
                2022, DossierState.RECOGNIZED), 2022)).isEqualTo(2);
    }

    @Test
    void neverRecognisedIsZero() {
        assertThat(ConsecutiveYears.count(Map.of(), 2022)).isZero();
        assertThat(ConsecutiveYears.count(Map.of(2022, DossierState.NOT_RECOGNIZED), 2022)).isZero();
        assertThat(ConsecutiveYears.count(Map.of(2022, DossierState.RECOGNIZED), null)).isZero();
    }

    @Test
    void anOpenYearIsIgnored() {
        assertThat(ConsecutiveYears.count(Map.of(2021, DossierState.RECOGNIZED, 2022, DossierState.RECOGNIZED,
                2023, DossierState.RECOGNIZED), 2022)).isEqualTo(2);
        assertThat(ConsecutiveYears.count(Map.of(2022, DossierState.RECOGNIZED, 2023, DossierState.DRAFT), 2022))
                .isEqualTo(1);
    }

    @Test
    void aRevokedYearBreaksTheRun() {
        assertThat(ConsecutiveYears.count(Map.of(2020, DossierState.RECOGNIZED, 2021, DossierState.REVOKED,
                2022, DossierState.RECOGNIZED), 2022)).isEqualTo(1);
        assertThat(ConsecutiveYears.count(Map.of(2021, DossierState.RECOGNIZED, 2022, DossierState.REVOKED), 2022))
                .isZero();
    }
}
