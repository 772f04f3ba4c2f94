package vn.antt.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The words of the official frame (Nghị định 30/2020, Phụ lục I), without Spring. */
class OfficialFrameWordsTest {

    private final OfficialFrame frame = new OfficialFrame();

    @Test
    void aBodyNameTakesAsFewEvenLinesAsItsColumnAllowsAndNoWordIsAlone() {
        assertThat(frame.bodyLines("Ủy ban nhân dân thị xã Ninh Hòa"))
                .containsExactly("ỦY BAN NHÂN DÂN", "THỊ XÃ NINH HÒA");
        assertThat(frame.bodyLines("ỦY BAN NHÂN DÂN PHƯỜNG NINH THỦY"))
                .containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG NINH THỦY");
        List<String> committee = frame.bodyLines("BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC");
        assertThat(String.join(" ", committee)).isEqualTo("BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC");
        assertThat(committee).allMatch(line -> line.contains(" "))
                .allMatch(line -> TextWidths.of(line, true, OfficialFrame.BODY_NAME_PT) <= OfficialFrame.LEFT_COLUMN_PT);
        assertThat(frame.parentLines("UBND THỊ XÃ NINH HÒA")).containsExactly("UBND THỊ XÃ NINH HÒA");
        assertThat(frame.bodyLines("CÔNG AN")).containsExactly("CÔNG AN");
    }

    @Test
    void aSubjectLineBreaksEvenly() {
        List<String> subject = frame.subjectLines(
                "Về việc công nhận xã, phường đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2022");
        assertThat(subject).hasSize(2).allMatch(line -> line.split(" ").length >= 5);
        assertThat(frame.subjectLines("Tổng kết phong trào năm 2023")).containsExactly("Tổng kết phong trào năm 2023");
    }

    @Test
    void balancedLinesMinimiseTheWidestLine() {
        assertThat(BalancedLines.of("a b c d e f", 5, String::length)).containsExactly("a b c", "d e f");
        assertThat(BalancedLines.of("a b c d e f", 4, String::length)).containsExactly("a b", "c d", "e f");
        assertThat(BalancedLines.of("aaa bb c", 6, String::length)).containsExactly("aaa", "bb c");
        assertThat(BalancedLines.of("first\nsecond line", 100, String::length))
                .as("a typed line break is kept").containsExactly("first", "second line");
    }

    @Test
    void aStoredHeaderSplitsIntoParentAndIssuingBody() {
        String committee = "UBND THỊ XÃ NINH HÒA\nBAN CHỈ ĐẠO PHONG TRÀO\nTOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC";
        assertThat(frame.parentOf(committee)).isEqualTo("UBND THỊ XÃ NINH HÒA");
        assertThat(frame.bodyOf(committee)).isEqualTo("BAN CHỈ ĐẠO PHONG TRÀO\nTOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC");
        assertThat(frame.bodyLines(frame.bodyOf(committee))).as("the lines the administrator typed")
                .containsExactly("BAN CHỈ ĐẠO PHONG TRÀO", "TOÀN DÂN BẢO VỆ", "AN NINH TỔ QUỐC");
        assertThat(frame.parentOf("ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA")).isNull();
        assertThat(frame.bodyOf("ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA")).isEqualTo("ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA");
    }

    @Test
    void theNumberLineCarriesTheSymbolOfTheIssuingBody() {
        assertThat(frame.numberLine("2580/QĐ-UBND", "QĐ", "ỦY BAN NHÂN DÂN")).isEqualTo("Số: 2580/QĐ-UBND");
        assertThat(frame.numberLine(null, "BC", "BAN CHỈ ĐẠO PHONG TRÀO")).matches("Số:\\u00a0+/BC-BCĐ");
        assertThat(frame.numberLine(" ", "BC", "Ủy ban nhân dân phường Ninh Thủy")).endsWith("/BC-UBND");
        assertThat(frame.bodySymbol("UỶ BAN NHÂN DÂN XÃ NINH AN")).isEqualTo("UBND");
        assertThat(frame.bodySymbol("Công an thị xã")).isEqualTo("CATX");
    }

    @Test
    void theDateLineIsWrittenAsTheFormSaysAndADraftLeavesDots() {
        assertThat(frame.placeDate("Ninh Hòa", LocalDate.of(2023, 1, 5))).isEqualTo("Ninh Hòa, ngày 05 tháng 01 năm 2023");
        assertThat(frame.placeDate("Ninh Hòa", LocalDate.of(2022, 12, 20)))
                .isEqualTo("Ninh Hòa, ngày 20 tháng 12 năm 2022");
        assertThat(frame.placeDate("Ninh Hòa", LocalDate.of(2022, 3, 9))).isEqualTo("Ninh Hòa, ngày 09 tháng 3 năm 2022");
        assertThat(frame.placeDate("Ninh Thủy", null)).isEqualTo("Ninh Thủy, ngày …… tháng …… năm 20……");
        assertThat(frame.placeDate(null, null)).startsWith("……, ngày");
        assertThat(frame.placeOf("Phường Ninh Thủy")).isEqualTo("Ninh Thủy");
        assertThat(frame.placeOf("Xã Ninh Phước")).isEqualTo("Ninh Phước");
        assertThat(frame.placeOf("Phường 12")).isEqualTo("Phường 12");
    }

    @Test
    void recipientsEachStartWithADashAndEndWithASemicolonTheLastWithAFullStop() {
        assertThat(frame.recipients("Như Điều 3;\n- Ban Chỉ đạo thị xã\n\nLưu: VT."))
                .containsExactly("- Như Điều 3;", "- Ban Chỉ đạo thị xã;", "- Lưu: VT.");
        assertThat(frame.recipients(null)).isEmpty();
        assertThat(frame.signerLines("TM. Ban chỉ đạo\nTrưởng ban")).containsExactly("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN");
    }
}
