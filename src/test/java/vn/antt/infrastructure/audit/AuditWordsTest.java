package vn.antt.infrastructure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The audit log's words, without Spring: a record's fields and changes as the form names and shows them. */
class AuditWordsTest {

    enum Quality {
        GOOD;

        public String messageKey() {
            return "quality." + name();
        }
    }

    public record Year(BigDecimal targetPct, LocalDate deadline, Quality quality, String note, boolean closed) {
    }

    private final AuditWords words = new AuditWords(messages());

    @Test
    void aCreatedRecordIsItsFilledFieldsByTheirLabels() {
        String said = words.values("year", new Year(new BigDecimal("95.00"), LocalDate.of(2024, 3, 31), Quality.GOOD,
                " ", false));

        assertThat(said).isEqualTo("Chỉ tiêu (%): 95; Hạn đăng ký: 31/03/2024; Xếp loại: Tốt");
    }

    @Test
    void aChangeNamesOnlyWhatChangedInTheFormsWords() {
        Year before = new Year(new BigDecimal("95.00"), LocalDate.of(2024, 3, 31), null, null, false);
        Year after = new Year(new BigDecimal("92.5"), LocalDate.of(2024, 3, 31), Quality.GOOD, "Đã sửa", true);

        assertThat(words.changes("year", before, after)).isEqualTo("Chỉ tiêu (%): 95 → 92,5; Xếp loại: (trống) → Tốt; "
                + "Ghi chú: (trống) → Đã sửa; Đã kết thúc: Không → Có");
        // 95 and 95.00 are one number to a person
        assertThat(words.changes("year", before, new Year(new BigDecimal("95"), before.deadline(), null, null, false)))
                .isEqualTo("Không có trường nào thay đổi");
    }

    @Test
    void aChangeOfStatesIsSaidByTheirLabels() {
        assertThat(words.changeOfStates("archive.status", "archive.status.ACTIVE", "archive.status.ARCHIVED"))
                .isEqualTo("Tình trạng: Đang hoạt động → Đã lưu trữ");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale vi = Locale.forLanguageTag("vi-VN");
        messages.addMessage("year.targetPct", vi, "Chỉ tiêu (%)");
        messages.addMessage("year.deadline", vi, "Hạn đăng ký");
        messages.addMessage("year.quality", vi, "Xếp loại");
        messages.addMessage("year.note", vi, "Ghi chú");
        messages.addMessage("year.closed", vi, "Đã kết thúc");
        messages.addMessage("quality.GOOD", vi, "Tốt");
        messages.addMessage("audit.value.empty", vi, "(trống)");
        messages.addMessage("audit.value.yes", vi, "Có");
        messages.addMessage("audit.value.no", vi, "Không");
        messages.addMessage("audit.unchanged", vi, "Không có trường nào thay đổi");
        messages.addMessage("archive.status", vi, "Tình trạng");
        messages.addMessage("archive.status.ACTIVE", vi, "Đang hoạt động");
        messages.addMessage("archive.status.ARCHIVED", vi, "Đã lưu trữ");
        return messages;
    }
}
