package vn.antt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * The content of the 2022 year-end report (issue 13 §4) as a Ban Chỉ đạo sends it: its sections in order, the
 * town's published figures with 2021 beside them, the decisions, the Ngày hội and the Hội nghị tổng kết, the four
 * issuers of commendations; the Excel file holds the PDF's figures as numbers; nothing prints "(Chưa nhập)".
 */
@AnttIntegrationTest
class YearEndContentTest {

    private static final List<String> ISSUERS = List.of("Bộ Công an", "Chủ tịch UBND tỉnh Khánh Hòa",
            "Giám đốc Công an tỉnh Khánh Hòa", "Chủ tịch UBND thị xã Ninh Hòa");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void theTwentyTwentyTwoReportHasItsSectionsFiguresEventsAndDecisions() throws Exception {
        String text = pdfText("/reports/year-end.pdf?year=2022", Sessions.demo(mvc, "bcd"));

        assertThat(text).doesNotContain("(Chưa nhập)");
        List<String> sections = List.of("ĐÁNH GIÁ CHUNG", "I. MÔ HÌNH TỰ QUẢN", "II. KẾT QUẢ XÉT CÔNG NHẬN",
                "III. NGÀY HỘI TOÀN DÂN", "IV. KHEN THƯỞNG", "V. KẾT QUẢ THEO XÃ, PHƯỜNG", "VI. TỒN TẠI, HẠN CHẾ",
                "VII. PHƯƠNG HƯỚNG", "VIII. KIẾN NGHỊ, ĐỀ XUẤT");
        List<Integer> positions = sections.stream().map(text::indexOf).toList();
        assertThat(positions).as("sections " + sections).doesNotContain(-1).isSorted();

        assertThat(text).contains("27/27 xã, phường (100,0%)", "54/54 cơ quan, doanh nghiệp, nhà trường (100,0%)",
                "có 78 mô hình tự quản", "trong đó 14 mô hình thành lập mới",
                "Xã, phường được công nhận: 27/27 (100,0%)",
                "Cơ quan, doanh nghiệp, nhà trường được công nhận: 54/54 (100,0%) — chỉ tiêu ≥ 95,0%: đạt chỉ tiêu");
        // 2021 beside 2022, with the change
        assertThat(text).contains("So sánh kết quả năm 2022 với năm 2021", "Năm 2021", "Năm 2022");
        Matcher compare = Pattern.compile("Xã, phường được công nhận (\\d+)/(\\d+) \\([\\d,]+%\\) 27/27 \\(100,0%\\) "
                + "([+-]?[\\d,]+)").matcher(text);
        assertThat(compare.find()).as("the communes' line of the comparison in " + text).isTrue();
        assertThat(compare.group(1) + "/" + compare.group(2)).isEqualTo(share(2021, "COMMUNE"));
        // the decisions by number and date, the new models named with their commune
        assertThat(text).contains("Quyết định số 2580/QĐ-UBND ngày 20/12/2022",
                "Quyết định số 2581/QĐ-UBND ngày 20/12/2022", "Tuần tra Nhân dân Ninh Phước");
        // the Ngày hội at the town's model site and the Hội nghị tổng kết
        assertThat(text).contains("Ngày hội điểm của thị xã tổ chức tại xã Ninh Phước ngày 19/08/2022",
                "Ngày 28/12/2022, tại Hội trường UBND thị xã Ninh Hòa");
        // commendations by issuer, then the list
        for (String issuer : ISSUERS) {
            assertThat(text).contains("- " + issuer + ": ");
        }
        // the part nobody typed yet prints as dotted lines to fill by hand
        String proposals = text.substring(text.indexOf("VIII. KIẾN NGHỊ, ĐỀ XUẤT"));
        assertThat(proposals).contains("..........");
    }

    @Test
    void theExcelFileHoldsThePdfsFiguresAsNumbersOnSheetsThatSayWhatTheyAre() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        String text = pdfText("/reports/year-end.pdf?year=2022", steering);
        byte[] xlsx = mvc.perform(get("/reports/year-end.xlsx?year=2022").session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String body = workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
            assertThat(body).contains("BAN CHỈ ĐẠO");
            for (Sheet sheet : workbook) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName()).isEqualTo(body);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as(sheet.getSheetName())
                        .isEqualTo("Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022");
                assertThat(sheet.getLastRowNum()).as(sheet.getSheetName() + " has a line under its header")
                        .isGreaterThanOrEqualTo(4);
                if (sheet.getLastRowNum() == 4 && sheet.getRow(4).getCell(0) != null
                        && sheet.getRow(4).getCell(0).getCellType() == CellType.STRING
                        && sheet.getRow(4).getLastCellNum() == 1) {
                    assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isIn("Không có",
                            "Tồn tại, hạn chế");
                }
                for (int column = 0; column < sheet.getRow(3).getLastCellNum(); column++) {
                    assertThat(sheet.getColumnWidth(column)).as(sheet.getSheetName() + " column " + column)
                            .isGreaterThanOrEqualTo(12 * 256);
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as(sheet.getSheetName())
                                    .doesNotMatch("\\d+\\s*/\\s*\\d+");
                        }
                    }
                }
            }

            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(numbers(summary, "Xã, phường được công nhận")).startsWith(27.0, 27.0, 100.0)
                    .hasSize(7);
            assertThat(numbers(summary, "Cơ quan, doanh nghiệp, nhà trường được công nhận"))
                    .startsWith(54.0, 54.0, 100.0);
            assertThat(numbers(summary, "Mô hình đang hoạt động cuối năm")).containsExactly(78.0);
            assertThat(numbers(summary, "Mô hình thành lập mới trong năm")).containsExactly(14.0);
            assertThat(label(summary, "Kết quả so với chỉ tiêu")).isEqualTo("đạt chỉ tiêu");
            String before = share(2021, "COMMUNE");
            List<Double> communes = numbers(summary, "Xã, phường được công nhận");
            assertThat(communes.get(3).longValue() + "/" + communes.get(4).longValue()).isEqualTo(before);

            // the grading as the PDF prints it
            Matcher grades = Pattern.compile("Xếp loại trong năm: Tốt (\\d+); Khá (\\d+); Trung bình (\\d+); Yếu (\\d+)")
                    .matcher(text);
            assertThat(grades.find()).isTrue();
            Sheet grading = workbook.getSheet("Xếp loại mô hình");
            assertThat(numbers(grading, "Tốt")).containsExactly(Double.valueOf(grades.group(1)));
            assertThat(numbers(grading, "Khá")).containsExactly(Double.valueOf(grades.group(2)));
            assertThat(numbers(grading, "Trung bình")).containsExactly(Double.valueOf(grades.group(3)));
            assertThat(numbers(grading, "Yếu")).containsExactly(Double.valueOf(grades.group(4)));

            // commendations by issuer: the four issuers, each with the PDF's count
            Map<String, Double> byIssuer = new LinkedHashMap<>();
            for (Row row : workbook.getSheet("Khen thưởng theo cấp")) {
                if (row.getRowNum() > 3 && row.getCell(1) != null
                        && "Tổng cộng".equals(row.getCell(1).getStringCellValue())) {
                    byIssuer.put(row.getCell(0).getStringCellValue(), row.getCell(4).getNumericCellValue());
                }
            }
            assertThat(byIssuer.keySet()).containsExactlyElementsOf(ISSUERS);
            byIssuer.forEach((issuer, count) -> assertThat(text).contains("- " + issuer + ": " + count.longValue()
                    + " lượt"));
        }
    }

    @Test
    void aCommunesReportIsItsOwnDocumentAndTellsItsUnitsApart() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        String ninhPhuoc = pdfText("/reports/year-end.pdf?year=2022&commune=22579", steering);
        assertThat(ninhPhuoc).contains("ỦY BAN NHÂN DÂN XÃ NINH PHƯỚC", "Ninh Phước, ngày",
                "Khu dân cư, cơ quan, doanh nghiệp, nhà trường của xã Ninh Phước",
                "Ngày hội điểm của thị xã tổ chức tại xã Ninh Phước").doesNotContain("(Chưa nhập)");

        // 2023 has dossiers in every state: a revoked unit reads apart from a dossier still being prepared
        String revokedIn = jdbc.queryForObject("""
                select c.code from dossier d join evaluation_year y on y.id = d.year_id
                join commune c on c.id = d.located_commune_id
                where y.year = 2023 and d.state = 'REVOKED' and d.subject_kind <> 'COMMUNE' order by d.id limit 1""",
                String.class);
        String revoked = pdfText("/reports/year-end.pdf?year=2023&commune=" + revokedIn, steering);
        assertThat(revoked).contains("Đã thu hồi");
        String draftIn = jdbc.queryForObject("""
                select c.code from dossier d join evaluation_year y on y.id = d.year_id
                join commune c on c.id = d.located_commune_id
                where y.year = 2023 and d.state = 'DRAFT' and d.subject_kind = 'RESIDENTIAL_AREA' order by d.id limit 1""",
                String.class);
        assertThat(pdfText("/reports/year-end.pdf?year=2023&commune=" + draftIn, steering)).contains("Đang lập");
    }

    @Test
    void figuresKeptBeforeTheNewSectionsStillRead() throws Exception {
        String older = jdbc.queryForObject("""
                select (f.figures - 'newModels' - 'decisions' - 'events' - 'units' - 'previousYear')::text
                from year_figures f join evaluation_year y on y.id = f.year_id where y.year = 2022 and f.scope = ''""",
                String.class);
        YearEndFigures figures = json.readValue(older, YearEndFigures.class);
        assertThat(figures.communes()).isEqualTo(new Share(27, 27));
        assertThat(figures.newModels()).isEmpty();
        assertThat(figures.events()).isEmpty();
        assertThat(figures.decisions()).isEmpty();
        assertThat(figures.units()).isEmpty();
        assertThat(figures.previousYear()).isNull();
    }

    private String pdfText(String url, MockHttpSession session) throws Exception {
        byte[] pdf = mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The recognised and the whole of a kind in a year, counted independently of the report. */
    private String share(int year, String kind) {
        return jdbc.queryForObject("""
                select count(*) filter (where d.state = 'RECOGNIZED') || '/' || count(*)
                from dossier d join evaluation_year y on y.id = d.year_id where y.year = ? and d.subject_kind = ?""",
                String.class, year, kind);
    }

    private static List<Double> numbers(Sheet sheet, String label) {
        Row row = row(sheet, label);
        List<Double> values = new ArrayList<>();
        for (int i = 1; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                values.add(cell.getNumericCellValue());
            }
        }
        return values;
    }

    private static String label(Sheet sheet, String label) {
        return row(sheet, label).getCell(1).getStringCellValue();
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() > 3 && first != null && label.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }
}
