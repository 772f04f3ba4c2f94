package vn.antt.infrastructure.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The words of the official frame every printed document shares (Nghị định 30/2020/NĐ-CP, Phụ lục I): the header's
 * body names broken to fit their column, the number line, the place-and-date line and the "Nơi nhận" entries. The
 * markup is {@code templates/fragments/document.html}; its fragments call this as {@code @frame}.
 */
@Component("frame")
public class OfficialFrame {

    /** The header's left column on A4 with the margins of print.css (40% of 165 mm), less a little air. */
    static final double LEFT_COLUMN_PT = 180;
    static final double BODY_NAME_PT = 13;
    /** The text width of print.css (165 mm), less some air: a subject line is centred within it. */
    static final double TEXT_WIDTH_PT = 430;
    static final double SUBJECT_PT = 14;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BLANK = "\u00a0".repeat(8);
    private static final String DOTS = "……";

    /** The parent body of a stored header ("UBND THỊ XÃ NINH HÒA" on its first line), or null when it has none. */
    public String parentOf(String headerName) {
        String[] lines = lines(headerName);
        return lines.length > 1 ? lines[0] : null;
    }

    /** The issuing body of a stored header: its other lines (typed breaks kept), or all of it without a parent. */
    public String bodyOf(String headerName) {
        String[] lines = lines(headerName);
        if (lines.length <= 1) {
            return lines.length == 0 ? "" : lines[0];
        }
        return String.join("\n", Arrays.copyOfRange(lines, 1, lines.length));
    }

    /** The parent body in regular capitals, on as few even lines as the left column allows. */
    public List<String> parentLines(String parent) {
        return BalancedLines.of(upper(parent), LEFT_COLUMN_PT, s -> TextWidths.of(s, false, BODY_NAME_PT));
    }

    /** The issuing body in bold capitals, on as few even lines as the left column allows. */
    public List<String> bodyLines(String body) {
        return BalancedLines.of(upper(body), LEFT_COLUMN_PT, s -> TextWidths.of(s, true, BODY_NAME_PT));
    }

    /** A subject line (trích yếu) in bold, on as few even lines as the page allows ("năm 2022" never alone). */
    public List<String> subjectLines(String subject) {
        return BalancedLines.of(subject, TEXT_WIDTH_PT, s -> TextWidths.of(s, true, SUBJECT_PT));
    }

    /** A centred line in regular type (an annex's "(Kèm theo …)"), on as few even lines as the page allows. */
    public List<String> noteLines(String note) {
        return BalancedLines.of(note, TEXT_WIDTH_PT, s -> TextWidths.of(s, false, SUBJECT_PT));
    }

    /**
     * The body's part of a document symbol (Phụ lục VI): "UBND" for a People's Committee, "BCĐ" for a steering
     * committee, else the initials of its name.
     */
    public String bodySymbol(String body) {
        String name = upper(body).strip().replace('Ỷ', 'Ủ');
        if (name.startsWith("ỦY BAN NHÂN DÂN") || name.startsWith("UBND")) {
            return "UBND";
        }
        if (name.startsWith("BAN CHỈ ĐẠO")) {
            return "BCĐ";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && initials.length() < 4) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** "Số: 2580/QĐ-UBND", or blanks before the symbol while the document has no number ("Số:  /QĐ-UBND"). */
    public String numberLine(String number, String kindSymbol, String body) {
        if (number != null && !number.isBlank()) {
            return "Số: " + number.strip();
        }
        return "Số:" + BLANK + "/" + kindSymbol + "-" + bodySymbol(body);
    }

    /**
     * "Ninh Hòa, ngày 05 tháng 01 năm 2023" (day below 10, January and February with a leading zero); a draft has
     * dots for what the clerk writes by hand, never a pre-printed year: "Ninh Hòa, ngày …… tháng …… năm 20……".
     */
    public String placeDate(String place, LocalDate date) {
        String where = place == null || place.isBlank() ? DOTS : place.strip();
        if (date == null) {
            return where + ", ngày " + DOTS + " tháng " + DOTS + " năm 20" + DOTS;
        }
        String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return where + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + month + " năm "
                + date.getYear();
    }

    /**
     * The place a commune's document is dated at: its name without "Xã", "Phường" or "Thị trấn" ("Ninh Thủy"), except
     * a unit named by a number ("Phường 12").
     */
    public String placeOf(String communeName) {
        if (communeName == null) {
            return null;
        }
        String place = communeName.strip().replaceFirst("^(?iu)(xã|phường|thị trấn)\\s+(?=\\D)", "");
        return place.isEmpty() ? communeName.strip() : place;
    }

    /** The "Nơi nhận" entries as the form writes them: each "- …;", the last "- ….". */
    public List<String> recipients(String text) {
        List<String> entries = new ArrayList<>();
        for (String line : lines(text)) {
            String entry = line.replaceFirst("^[-–•+]\\s*", "").replaceFirst("[;.,]+$", "").strip();
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            printed.add("- " + entries.get(i) + (i == entries.size() - 1 ? "." : ";"));
        }
        return printed;
    }

    /** The signature's authority and title lines ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN") in capitals. */
    public List<String> signerLines(String title) {
        return List.of(lines(upper(title)));
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }

    private static String[] lines(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.strip().split("\\s*\\R\\s*")).filter(s -> !s.isBlank())
                .toArray(String[]::new);
    }
}
