package vn.antt.matrix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/** What a response answers: its kind by status, and the text a person reads in it (HTML, PDF or Excel). */
final class Answers {

    private Answers() {
    }

    static boolean toLogin(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() / 100 == 3 && location != null && location.contains("/login");
    }

    /** Whether the answer matches the policy's letter (see {@link Policy}). */
    static boolean matches(char expected, MockHttpServletResponse response) {
        int status = response.getStatus();
        return switch (expected) {
            case 'A' -> (status / 100 == 2 || status / 100 == 3) && !toLogin(response);
            case 'V' -> (status / 100 == 2 || status / 100 == 3 || status == 400) && !toLogin(response);
            case 'C' -> status == 403 || status == 404 || status == 409;
            case 'F' -> status == 403;
            case 'N' -> status == 404;
            case 'R' -> status == 403 || status == 404;
            case 'L' -> toLogin(response);
            default -> throw new IllegalArgumentException("letter " + expected);
        };
    }

    static String describe(MockHttpServletResponse response) {
        return response.getStatus() + (response.getRedirectedUrl() == null ? "" : " → " + response.getRedirectedUrl());
    }

    /** The readable text of a 2xx answer, whatever its type. */
    static String text(MockHttpServletResponse response) throws IOException {
        String type = String.valueOf(response.getContentType());
        byte[] body = response.getContentAsByteArray();
        if (type.contains("pdf")) {
            try (PDDocument document = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
            catch (IOException notAPdf) {
                // an uploaded attachment is served as it was sent: read its bytes as they are
                return new String(body, StandardCharsets.UTF_8);
            }
        }
        if (type.contains("spreadsheet")) {
            StringBuilder text = new StringBuilder();
            DataFormatter format = new DataFormatter();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            text.append(format.formatCellValue(cell)).append('\n');
                        }
                    }
                }
            }
            catch (IOException | RuntimeException notAWorkbook) {
                // an uploaded attachment is served as it was sent: read its bytes as they are
                return new String(body, StandardCharsets.UTF_8);
            }
            return text.toString();
        }
        return HtmlUtils.htmlUnescape(new String(body, StandardCharsets.UTF_8));
    }

    /** The first of the names that the text contains, or null. */
    static String leaked(String text, List<String> names) {
        return names.stream().filter(text::contains).findFirst().orElse(null);
    }
}
