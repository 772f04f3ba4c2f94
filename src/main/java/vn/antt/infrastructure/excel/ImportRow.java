package vn.antt.infrastructure.excel;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;

/**
 * One data row of an uploaded sheet, by column header key. Cells hold text, numbers or dates as Excel stored them;
 * the readers below accept a date typed as dd/MM/yyyy text as well as an Excel date cell.
 */
public final class ImportRow {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final int number;
    private final Map<String, Object> cells;
    private final List<Object> original;

    ImportRow(int number, Map<String, Object> cells, List<Object> original) {
        this.number = number;
        this.cells = cells;
        this.original = original;
    }

    /** The row's number as Excel shows it (the header is row 1). */
    public int number() {
        return number;
    }

    /** The cells in the file's column order, for writing the row back into the error file. */
    public List<Object> original() {
        return original;
    }

    public boolean isBlank(String column) {
        return text(column) == null;
    }

    /** Trimmed text in Unicode NFC, or null when empty; a whole number stored as a number reads as its digits. */
    public String text(String column) {
        Object value = cells.get(column);
        if (value == null) {
            return null;
        }
        String text = value instanceof Double number && number == Math.rint(number)
                ? String.valueOf(number.longValue()) : value.toString();
        text = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        return text.isEmpty() ? null : text;
    }

    /** @throws IllegalArgumentException when the cell holds something that is not a date */
    public LocalDate date(String column) {
        Object value = cells.get(column);
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(text, ex);
        }
    }

    /** @throws IllegalArgumentException when the cell holds something that is not a whole number */
    public Integer integer(String column) {
        Object value = cells.get(column);
        if (value instanceof Double number) {
            if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(String.valueOf(number));
            }
            return number.intValue();
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        if (!text.matches("-?\\d{1,9}")) {
            throw new IllegalArgumentException(text);
        }
        return Integer.valueOf(text);
    }
}
