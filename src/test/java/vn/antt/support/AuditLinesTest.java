package vn.antt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The audit line check itself, without Spring: it fails on what a person could not read. */
class AuditLinesTest {

    private final AuditLines lines = new AuditLines(null, messages());

    @Test
    void aLineInTheWordsOfTheUiHasNoProblem() {
        assertThat(lines.problems(line("MODEL_ASSESSED", "Tổ tự quản số 3",
                "Năm 2024: Xếp loại: (trống) → Tốt (hoạt động hiệu quả); tệp bien-ban.pdf; ngày 31/03/2024")))
                .isEmpty();
    }

    @Test
    void rawCodesIsoDatesKeysNullsAndMissingPartsAreEachFound() {
        assertThat(lines.problems(line("MODEL_ASSESSED", "Tổ 3", "Xếp loại: (trống) → GOOD"))).singleElement()
                .asString().contains("raw code GOOD");
        assertThat(lines.problems(line("MODEL_ASSESSED", "Tổ 3", "Từ ngày 2024-03-31"))).singleElement()
                .asString().contains("ISO date");
        assertThat(lines.problems(line("MODEL_ASSESSED", "Tổ 3", "commendation.unitName: A → B"))).singleElement()
                .asString().contains("message key commendation.unitName");
        assertThat(lines.problems(line("MODEL_ASSESSED", "Tổ 3", "Người đứng đầu: null → A"))).singleElement()
                .asString().contains("null");
        assertThat(lines.problems(line("MODEL_ASSESSED", "Tổ 3", null))).containsExactly("no detail");
        assertThat(lines.problems(line("NEW_ACTION", "Tổ 3", "Tên: A → B")))
                .containsExactly("action NEW_ACTION has no label");
        Map<String, Object> anonymous = line("MODEL_ASSESSED", "Tổ 3", "Tên: A → B");
        anonymous.put("username", null);
        anonymous.put("remote_address", null);
        assertThat(lines.problems(anonymous)).containsExactly("no user", "no address");
    }

    private static Map<String, Object> line(String action, String target, String detail) {
        Map<String, Object> line = new HashMap<>();
        line.put("username", "ninhthuy");
        line.put("remote_address", "127.0.0.1");
        line.put("action", action);
        line.put("target", target);
        line.put("detail", detail);
        return line;
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("audit.action.MODEL_ASSESSED", Locale.forLanguageTag("vi-VN"), "Đánh giá mô hình");
        return messages;
    }
}
