package vn.antt.infrastructure.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.antt.infrastructure.metrics.AppMetrics;

/**
 * Excel downloads of lists: a first column "STT" (row number), Vietnamese headers from messages.properties, dates as real dates, numbers as numbers.
 * Rows are streamed (a window of rows in memory), so an export of a national list stays small.
 */
@Component
public class ExcelExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final int ROWS_IN_MEMORY = 200;

    private final MessageSource messages;
    private final AppMetrics metrics;

    ExcelExport(MessageSource messages, AppMetrics metrics) {
        this.messages = messages;
        this.metrics = metrics;
    }

    /** A column: its header's message key and how to read its value from a row. */
    public record Column<T>(String headerKey, Function<T, ?> value) {
    }

    /**
     * The download {@code fileName}: one sheet named by {@code sheetKey}, with the given columns, filled by
     * {@code rows}, which hands every row to the consumer it is given.
     */
    public <T> ResponseEntity<StreamingResponseBody> download(String fileName, String sheetKey,
                                                              List<Column<T>> columns, Consumer<Consumer<T>> rows) {
        StreamingResponseBody body = out -> {
            AppMetrics.Rendering rendering = metrics.startRendering("xlsx", sheetKey);
            write(out, label(sheetKey), columns, rows);
            rendering.done();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(body);
    }

    /** The Vietnamese text of a message key, e.g. for an enum's label in a cell. */
    public String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, Consumer<Consumer<T>> rows)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

            Row headerRow = sheet.createRow(0);
            Cell numberHeader = headerRow.createCell(0);
            numberHeader.setCellValue(label("excel.rowNumber"));
            numberHeader.setCellStyle(header);
            sheet.setColumnWidth(0, 6 * 256);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = headerRow.createCell(i + 1);
                String text = label(columns.get(i).headerKey());
                cell.setCellValue(text);
                cell.setCellStyle(header);
                // a fixed width from the header: measuring every cell would need fonts on the server
                sheet.setColumnWidth(i + 1, Math.min(Math.max(text.length() + 4, 16), 60) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(item -> {
                Row row = sheet.createRow(next[0]);
                row.createCell(0).setCellValue(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    fill(row.createCell(i + 1), columns.get(i).value().apply(item), date);
                }
            });
            workbook.write(out);
        }
    }

    private static void fill(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
        }
        else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
