package vn.antt.infrastructure.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.antt.infrastructure.validation.PhoneNumber;
import vn.antt.infrastructure.validation.PlainTextValidator;
import vn.antt.infrastructure.validation.TaxCode;

/** Reads the cells of one imported row with the same rules as the forms (domain §7), collecting every problem. */
public final class RowCheck {

    private final ImportRow row;
    private final List<CellProblem> problems = new ArrayList<>();

    public RowCheck(ImportRow row) {
        this.row = row;
    }

    public String requiredText(String column, int maxLength) {
        String text = text(column, maxLength);
        if (text == null && problems.stream().noneMatch(p -> p.headerKey().equals(column))) {
            problem(column, "import.cell.required");
        }
        return text;
    }

    /** Text of at most {@code maxLength} characters without control characters, or null. */
    public String text(String column, int maxLength) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            problem(column, "import.cell.tooLong", maxLength);
            return null;
        }
        if (!PlainTextValidator.isPlain(text, true)) {
            problem(column, "PlainText");
            return null;
        }
        return text;
    }

    /** A phone number by the forms' own rule ({@link PhoneNumber}), or null. */
    public String phone(String column) {
        String text = row.text(column);
        if (!PhoneNumber.Check.matches(text)) {
            problem(column, PhoneNumber.MESSAGE_KEY);
            return null;
        }
        return text;
    }

    /** A tax code by the form's own rule ({@link TaxCode}), or null. */
    public String taxCode(String column) {
        String text = row.text(column);
        if (!TaxCode.Check.matches(text)) {
            problem(column, TaxCode.MESSAGE_KEY);
            return null;
        }
        return text;
    }

    /** A date cell or dd/MM/yyyy text, not after {@code notAfter} (when given). */
    public LocalDate date(String column, boolean required, LocalDate notAfter) {
        LocalDate date;
        try {
            date = row.date(column);
        }
        catch (IllegalArgumentException ex) {
            problem(column, "import.cell.date", ex.getMessage());
            return null;
        }
        if (date == null && required) {
            problem(column, "import.cell.required");
        }
        if (date != null && notAfter != null && date.isAfter(notAfter)) {
            problem(column, "date.future");
            return null;
        }
        return date;
    }

    /** A whole number from 0 to {@code max}, or null. */
    public Integer count(String column, int max) {
        Integer value;
        try {
            value = row.integer(column);
        }
        catch (IllegalArgumentException ex) {
            problem(column, "import.cell.integer", ex.getMessage());
            return null;
        }
        if (value != null && (value < 0 || value > max)) {
            problem(column, "import.cell.range", max);
            return null;
        }
        return value;
    }

    /**
     * A required cell that must be one of the labels (case and surrounding spaces aside), as the template's list of
     * allowed values shows them; null with the problem recorded otherwise.
     */
    public <T> T choice(String column, Map<String, T> labels) {
        String cell = requiredText(column, 100);
        if (cell == null) {
            return null;
        }
        for (Map.Entry<String, T> label : labels.entrySet()) {
            if (label.getKey().equalsIgnoreCase(cell.strip())) {
                return label.getValue();
            }
        }
        problem(column, "import.cell.choice", String.join("; ", labels.keySet()));
        return null;
    }

    public void problem(String column, String messageKey, Object... args) {
        problems.add(new CellProblem(column, messageKey, args));
    }

    public List<CellProblem> problems() {
        return problems;
    }

    public ImportRow row() {
        return row;
    }
}
