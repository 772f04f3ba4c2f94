package vn.antt.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdministrativeNamesTest {

    @Test
    void theLevelIsWrittenInLowerCaseInsideAPhrase() {
        assertThat("UBND " + AdministrativeNames.phrase("Phường Ninh Thủy")).isEqualTo("UBND phường Ninh Thủy");
        assertThat("Trạm Y tế " + AdministrativeNames.phrase("Xã Ninh Tân")).isEqualTo("Trạm Y tế xã Ninh Tân");
        assertThat(AdministrativeNames.phrase("Thị trấn Vạn Giã")).isEqualTo("thị trấn Vạn Giã");
    }

    @Test
    void aNameWithoutALevelIsLeftAsItIs() {
        assertThat(AdministrativeNames.phrase("Ninh Thủy")).isEqualTo("Ninh Thủy");
        assertThat(AdministrativeNames.phrase("Xã")).isEqualTo("Xã");
        assertThat(AdministrativeNames.phrase(null)).isNull();
    }
}
