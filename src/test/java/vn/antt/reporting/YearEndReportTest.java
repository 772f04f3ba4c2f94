package vn.antt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** The 2022 year-end summary as the town prints it: PDF, Excel and page agree with the registry. */
@AnttIntegrationTest
class YearEndReportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePdfOfTwentyTwentyTwoReadsAsTheTownsReportWithItsFontsEmbedded() throws Exception {
        byte[] pdf = mvc.perform(get("/reports/year-end.pdf?year=2022").session(Sessions.demo(mvc, "bcd")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BÁO CÁO", "Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022",
                    "Xã, phường được công nhận: 27/27 (100,0%)",
                    "Cơ quan, doanh nghiệp, nhà trường được công nhận: 54/54 (100,0%)",
                    "Phường Ninh Thủy", "Xã Ninh Phước");
            assertThat(text.replaceAll("\\s+", " ")).contains(
                    "có 78 mô hình tự quản, tổ tự quản về an ninh, trật tự đang hoạt động, trong đó 14 mô hình thành lập mới");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded)
                    .allMatch(font -> font.getName().contains("LiberationSerif"));
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void theExcelHasTheFiguresOfThePdfAndOfAnIndependentCount() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        byte[] xlsx = mvc.perform(get("/reports/year-end.xlsx?year=2022").session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String pdfText;
        try (PDDocument document = Loader.loadPDF(mvc.perform(get("/reports/year-end.pdf?year=2022")
                .session(steering)).andReturn().getResponse().getContentAsByteArray())) {
            pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        long communes = count("""
                select count(*) from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2022 and d.subject_kind = 'COMMUNE' and d.state = 'RECOGNIZED'""");
        long organizations = count("""
                select count(*) from roster_entry r join evaluation_year y on y.id = r.year_id where y.year = 2022""");
        long organizationsRecognized = count("""
                select count(*) from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2022 and d.subject_kind = 'ORGANIZATION' and d.state = 'RECOGNIZED'""");
        long active = count("""
                select count(*) from self_managed_model where founded_on <= date '2022-12-31'
                  and (dissolved_on is null or dissolved_on > date '2022-12-31')""");
        long created = count("""
                select count(*) from self_managed_model where founded_on between date '2022-01-01' and date '2022-12-31'""");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(row(summary, "Xã, phường được công nhận")).containsExactly(communes, 27L);
            assertThat(row(summary, "Cơ quan, doanh nghiệp, nhà trường được công nhận"))
                    .containsExactly(organizationsRecognized, organizations);
            assertThat(row(summary, "Mô hình đang hoạt động cuối năm")).containsExactly(active);
            assertThat(row(summary, "Mô hình thành lập mới trong năm")).containsExactly(created);
            assertThat(communes).isEqualTo(27);
            assertThat(organizationsRecognized).isEqualTo(54);
            assertThat(active).isEqualTo(78);
            assertThat(created).isEqualTo(14);
            assertThat(pdfText).contains("27/27", organizationsRecognized + "/" + organizations,
                    "có " + active + " mô hình", "trong đó " + created + " mô hình");

            Sheet byCommune = workbook.getSheet("Theo xã, phường");
            List<String> names = new ArrayList<>();
            for (Row row : byCommune) {
                if (row.getRowNum() > 3) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
            // 27 communes, the town's own organizations, the total and the communes recognised
            assertThat(names).contains("Phường Ninh Thủy", "Xã Ninh Phước", "Tổng cộng").hasSize(27 + 3);
        }
    }

    @Test
    void theSteeringCommitteeTypesTheTextAndAnOfficerGetsTheirCommunesReport() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/reports/year-end?year=2022").session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("BAN CHỈ ĐẠO PHONG TRÀO", "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC", "TM. BAN CHỈ ĐẠO",
                "27/27");
        long version = jdbc.queryForList("select version from year_end_report where year = 2022", Long.class)
                .stream().findFirst().orElse(-1L);

        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/reports/year-end?year=2022").session(steering)
                        .with(once()).param("version", String.valueOf(version)).param("headerName", "BAN CHỈ ĐẠO")
                        .param("placeName", "Ninh Hòa").param("signedOn", "31/02/2023")
                        .param("shortcomings", "Một số khu dân cư chưa duy trì tốt mô hình tự quản."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("ngày ký theo dạng ngày/tháng/năm",
                "Một số khu dân cư chưa duy trì tốt mô hình tự quản.");

        mvc.perform(post("/reports/year-end?year=2022").session(Sessions.demo(mvc, "ninhthuy")).with(once())
                .param("version", String.valueOf(version)).param("headerName", "X").param("placeName", "Y"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/year-end?year=2022").session(steering).with(once())
                        .param("version", String.valueOf(version))
                        .param("headerName", "UBND THỊ XÃ NINH HÒA\nBAN CHỈ ĐẠO")
                        .param("number", "05/BC-BCĐ").param("placeName", "Ninh Hòa").param("signedOn", "05/01/2023")
                        .param("signerTitle", "TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN").param("signerName", "Nguyễn Hữu Hòa")
                        .param("shortcomings", "Một số khu dân cư chưa duy trì tốt mô hình tự quản.")
                        .param("directions", "Nhân rộng mô hình Camera an ninh."))
                .andExpect(status().isFound());
        try (PDDocument document = Loader.loadPDF(mvc.perform(get("/reports/year-end.pdf?year=2022")
                .session(steering)).andReturn().getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Số: 05/BC-BCĐ", "Ninh Hòa, ngày 05 tháng 01 năm 2023",
                    "Một số khu dân cư chưa duy trì tốt mô hình tự quản.", "Nhân rộng mô hình Camera an ninh.",
                    "Nguyễn Hữu Hòa");
        }

        String own = HtmlUtils.htmlUnescape(mvc.perform(get("/reports/year-end?year=2022&commune=22579")
                        .session(Sessions.demo(mvc, "ninhthuy")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(own).contains("năm 2022 của phường Ninh Thủy", "Xã, phường được công nhận: 1/1 (100,0%)",
                        "<div class=\"doc-body\">ỦY BAN NHÂN DÂN</div>", "<div class=\"doc-body\">PHƯỜNG NINH THỦY</div>")
                .doesNotContain("05/BC-BCĐ")
                .doesNotContain("Xã Ninh Phước");
        mvc.perform(get("/reports/year-end?year=2015").session(steering)).andExpect(status().isOk());
    }

    private List<Long> row(Sheet sheet, String label) {
        for (Row row : sheet) {
            // under the issuing body, the title and the header row
            if (row.getRowNum() > 3 && label.equals(row.getCell(0).getStringCellValue())) {
                List<Long> values = new ArrayList<>();
                for (int i = 1; i < Math.min(row.getLastCellNum(), 3); i++) {
                    values.add((long) row.getCell(i).getNumericCellValue());
                }
                return values;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
