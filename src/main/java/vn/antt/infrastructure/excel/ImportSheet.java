package vn.antt.infrastructure.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded import file, read: its header row checked against the template's columns, its data rows by column.
 * Also writes templates and error files, so that the three always share the same headers.
 */
public final class ImportSheet {

    /** More rows than this belong in several files (or a database migration). */
    public static final int MAX_ROWS = 20_000;

    private final List<String> headers;
    private final List<ImportRow> rows;

    private ImportSheet(List<String> headers, List<ImportRow> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    public List<String> headers() {
        return headers;
    }

    public List<ImportRow> rows() {
        return rows;
    }

    /**
     * Reads an .xlsx whose first sheet starts with the columns' headers (in any order).
     *
     * @param label turns a header key into the header text users see
     * @throws ImportFileException when the file as a whole cannot be imported
     */
    public static ImportSheet read(byte[] file, List<ImportColumn> columns, Function<String, String> label) {
        if (file == null || file.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw new ImportFileException("import.file.notXlsx");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = dataSheet(workbook);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new ImportFileException("import.file.empty");
            }
            Map<String, String> keyByHeader = new HashMap<>();
            columns.forEach(column -> keyByHeader.put(normalize(label.apply(column.headerKey())), column.headerKey()));
            List<String> headers = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < width(sheet); i++) {
                Object value = value(headerRow.getCell(i));
                String header = value == null ? "" : value.toString().strip();
                headers.add(header);
                String key = keyByHeader.get(normalize(header));
                keys.add(key);
                if (key == null && (!header.isEmpty() || hasData(sheet, i))) {
                    // named as Excel shows it: the header typed, in the column's letter
                    unknown.add((header.isEmpty() ? label.apply("import.column.untitled") : "“" + header + "”") + " ("
                            + CellReference.convertNumToColString(i) + ")");
                }
            }
            List<String> missing = columns.stream().filter(column -> !keys.contains(column.headerKey()))
                    .map(column -> "“" + label.apply(column.headerKey()) + "”").toList();
            if (!missing.isEmpty() && !unknown.isEmpty()) {
                throw new ImportFileException("import.file.columns", String.join(", ", missing),
                        String.join(", ", unknown));
            }
            if (!missing.isEmpty()) {
                throw new ImportFileException("import.file.columnsMissing", String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                throw new ImportFileException("import.file.columnsUnknown", String.join(", ", unknown));
            }
            List<ImportRow> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, Object> cells = new LinkedHashMap<>();
                List<Object> original = new ArrayList<>();
                boolean blank = true;
                for (int i = 0; i < keys.size(); i++) {
                    Object value = row == null ? null : value(row.getCell(i));
                    original.add(value);
                    if (keys.get(i) != null) {
                        cells.put(keys.get(i), value);
                    }
                    blank &= value == null || value.toString().isBlank();
                }
                if (!blank) {
                    if (rows.size() == MAX_ROWS) {
                        throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
                    }
                    rows.add(new ImportRow(r + 1, cells, original));
                }
            }
            if (rows.isEmpty()) {
                throw new ImportFileException("import.file.noRows");
            }
            return new ImportSheet(headers, rows);
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof ImportFileException importProblem) {
                throw importProblem;
            }
            throw new ImportFileException("import.file.notXlsx");
        }
    }

    /** A workbook of the given header texts, with the rows' values and, when given, per-column allowed values. */
    public static byte[] write(List<String> headers, List<List<Object>> rows, String valuesSheet,
                               Map<String, List<String>> allowedValues) {
        return write(null, headers, rows, valuesSheet, allowedValues);
    }

    /** The same, its data sheet named (Excel allows 31 characters). */
    public static byte[] write(String sheetName, List<String> headers, List<List<Object>> rows, String valuesSheet,
                               Map<String, List<String>> allowedValues) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = sheetName == null ? workbook.createSheet()
                    : workbook.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(Math.max(headers.get(i).length() + 4, 14), 60) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    }
                    else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    }
                    else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (allowedValues != null && !allowedValues.isEmpty()) {
                Sheet values = workbook.createSheet(valuesSheet);
                int column = 0;
                for (Map.Entry<String, List<String>> entry : allowedValues.entrySet()) {
                    values.setColumnWidth(column, 50 * 256);
                    cellAt(values, 0, column).setCellValue(entry.getKey());
                    cellAt(values, 0, column).setCellStyle(bold);
                    for (int i = 0; i < entry.getValue().size(); i++) {
                        cellAt(values, i + 1, column).setCellValue(entry.getValue().get(i));
                    }
                    column++;
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Cell cellAt(Sheet sheet, int row, int column) {
        Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return line.getCell(column) == null ? line.createCell(column) : line.getCell(column);
    }

    /** The first sheet a person sees: hidden sheets (lists of values, leftovers) are never the data. */
    private static Sheet dataSheet(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        throw new ImportFileException("import.file.empty");
    }

    /** The columns in use: a column with data but no header counts too. */
    private static int width(Sheet sheet) {
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        return width;
    }

    private static boolean hasData(Sheet sheet, int column) {
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Object value = row == null ? null : value(row.getCell(column));
            if (value != null && !value.toString().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        // a formula saved without its result (written by a program, never opened in Excel) has no value to read:
        // POI would report 0
        if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
            throw new ImportFileException("import.file.formulaWithoutValue", cell.getAddress().formatAsString());
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            default -> null;
        };
    }

    private static String normalize(String header) {
        return java.text.Normalizer.normalize(header.strip(), java.text.Normalizer.Form.NFC).toLowerCase();
    }
}
