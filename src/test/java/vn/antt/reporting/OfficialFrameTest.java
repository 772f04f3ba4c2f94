package vn.antt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.PdfPages;
import vn.antt.support.PdfPages.Run;
import vn.antt.support.Sessions;

/**
 * Every printed document in the frame of Nghị định 30/2020/NĐ-CP, Phụ lục I, read back from the PDF itself: the two
 * header columns where the form puts them, bold and regular where it says, the rule under the motto as long as the
 * motto, the italic date line, the "Nơi nhận" entries, the signature block, no blank page and one embedded font
 * family. The PDFs are also written to target/documents for looking at them (pdftoppm).
 */
@AnttIntegrationTest
class OfficialFrameTest {

    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCommunesDecisionIsInTheFormWithItsAnnexOnItsOwnPage() throws Exception {
        PdfPages pdf = pdf("/decisions/" + decision("2580/QĐ-UBND") + ".pdf", "decision-communes");

        header(pdf, null, List.of("ỦY BAN NHÂN DÂN", "THỊ XÃ NINH HÒA"), "Số: 2580/QĐ-UBND",
                "Ninh Hòa, ngày 20 tháng 12 năm 2022");
        title(pdf, "QUYẾT ĐỊNH",
                "Về việc công nhận xã, phường đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2022");
        assertThat(pdf.run("CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA").bold()).isTrue();
        Run law = pdf.runStarting("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015");
        Run circular = pdf.runStarting("Căn cứ Thông tư số 23/2012/TT-BCA ngày 27 tháng 4 năm 2012");
        assertThat(law.italic()).isTrue();
        assertThat(circular.italic()).isTrue();
        String text = text(pdf);
        assertThat(text).contains("Căn cứ Thông tư số 23/2012/TT-BCA ngày 27 tháng 4 năm 2012 của Bộ trưởng Bộ Công an "
                        + "quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn",
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                        + "chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                "đạt tiêu chuẩn “An toàn về an ninh, trật tự”; Xét Tờ trình số 315/TTr-CAX ngày 08/12/2022 của Công an "
                        + "thị xã. QUYẾT ĐỊNH:",
                "Điều 1. Công nhận 27 xã, phường có tên tại Phụ lục kèm theo Quyết định này đạt tiêu chuẩn",
                "Trưởng Công an thị xã, Chủ tịch Ủy ban nhân dân các xã, phường có tên tại Điều 1");
        Run article1 = pdf.runStarting("Điều 1.");
        assertThat(article1.fonts()).as("\"Điều 1.\" bold, its text regular")
                .anyMatch(f -> f.endsWith("-Bold")).anyMatch(f -> f.endsWith("-Regular") || f.endsWith("Serif"));

        closing(pdf, List.of("- Như Điều 3;", "- Ban Chỉ đạo thị xã;", "- Lưu: VT."), List.of("CHỦ TỊCH"),
                "Nguyễn Hữu Hòa");

        Run annex = pdf.run("PHỤ LỤC");
        assertThat(annex.bold()).isTrue();
        assertThat(annex.page()).as("the annex after the decision").isGreaterThan(pdf.run("Nơi nhận:").page());
        assertThat(pdf.runsOn(annex.page()).stream().filter(r -> r.y() < annex.y()))
                .as("the annex's page starts with its heading (under the page number)")
                .allMatch(r -> r.text().matches("\\d+"));
        assertThat(pdf.runStarting("Danh sách xã, phường đạt tiêu chuẩn").bold()).isTrue();
        assertThat(text).contains("PHỤ LỤC Danh sách xã, phường đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2022",
                "(Kèm theo Quyết định số 2580/QĐ-UBND ngày 20/12/2022 của Chủ tịch Ủy ban nhân dân "
                + "thị xã Ninh Hòa)");
        assertThat(pdf.runsOn(annex.page()).stream().map(Run::text))
                .as("a list of communes has no column repeating the commune or a kind the same on every row")
                .contains("STT", "Tên xã, phường").doesNotContain("Xã, phường", "Loại hình", "Loại");
        everyPageWritten(pdf);
        oneFontFamily(pdf);
    }

    @Test
    void theOrganizationsDecisionNamesThemWithTheirCommuneAndKind() throws Exception {
        PdfPages pdf = pdf("/decisions/" + decision("2581/QĐ-UBND") + ".pdf", "decision-organizations");

        header(pdf, null, List.of("ỦY BAN NHÂN DÂN", "THỊ XÃ NINH HÒA"), "Số: 2581/QĐ-UBND",
                "Ninh Hòa, ngày 20 tháng 12 năm 2022");
        title(pdf, "QUYẾT ĐỊNH", "Về việc công nhận cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn “An toàn về "
                + "an ninh, trật tự” năm 2022");
        assertThat(text(pdf)).contains("Thủ trưởng các cơ quan, doanh nghiệp, nhà trường có tên tại Điều 1",
                "Tên cơ quan, doanh nghiệp, nhà");
        assertThat(pdf.runsOn(pdf.run("PHỤ LỤC").page()).stream().map(Run::text))
                .as("the list mixes kinds and names units after other places").contains("Xã, phường", "Loại hình");
        everyPageWritten(pdf);
        oneFontFamily(pdf);
    }

    @Test
    void theYearEndReportPutsItsSteeringCommitteeUnderTheTownAndLeavesTheDateToTheClerk() throws Exception {
        PdfPages pdf = pdf("/reports/year-end.pdf?year=2023", "report-2023");

        header(pdf, "UBND THỊ XÃ NINH HÒA", null, null, "Ninh Hòa, ngày …… tháng …… năm 20……");
        Run number = pdf.runStarting("Số:");
        assertThat(number.text()).as("a report of the steering committee, not numbered yet").endsWith("/BC-BCĐ");
        List<Run> body = pdf.runs().stream().filter(r -> r.page() == 0 && r.y() < number.y()
                && r.xEnd() < pdf.pageWidth(0) / 2 && r.bold()).toList();
        assertThat(body.stream().map(Run::text)).as("the steering committee in bold capitals, broken where its "
                + "words belong together, no word alone on a line")
                .containsExactly("BAN CHỈ ĐẠO PHONG TRÀO", "TOÀN DÂN BẢO VỆ", "AN NINH TỔ QUỐC");
        assertThat(String.join(" ", body.stream().map(Run::text).toList()))
                .isEqualTo("BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC");
        title(pdf, "BÁO CÁO", "Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023");
        closing(pdf, List.of("- Công an tỉnh Khánh Hòa;", "- Thường trực Thị ủy, HĐND, UBND thị xã;",
                "- Các thành viên Ban Chỉ đạo;", "- UBND các xã, phường;", "- Lưu: VT."),
                List.of("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"), null);
        everyPageWritten(pdf);
        oneFontFamily(pdf);
    }

    @Test
    void aCommunesReportIsItsPeoplesCommitteesDocument() throws Exception {
        PdfPages pdf = pdf("/reports/year-end.pdf?year=2022&commune=22567", "report-ninh-thuy");

        Run number = pdf.runStarting("Số:");
        assertThat(number.text()).endsWith("/BC-UBND");
        assertThat(pdf.runsOn(0).stream().filter(r -> r.y() < number.y() && r.xEnd() < pdf.pageWidth(0) / 2)
                .map(Run::text).toList()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG NINH THỦY");
        everyPageWritten(pdf);
        oneFontFamily(pdf);
    }

    @Test
    void aCertificateCarriesTheAuthorityTheUnitOnceAndTheSigner() throws Exception {
        PdfPages pdf = pdf("/decisions/" + decision("2580/QĐ-UBND") + "/certificates.pdf", "certificates");

        assertThat(pdf.pages()).as("one page a unit, none blank").isEqualTo(27);
        Run nation = pdf.run(NATION);
        Run motto = pdf.run(MOTTO);
        assertThat(nation.bold() && motto.bold()).isTrue();
        assertThat(nation.centre()).as("centred on its landscape page").isCloseTo(pdf.pageWidth(0) / 2, within(3.0));
        mottoRule(pdf, motto);
        assertThat(pdf.run("CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA").bold()).isTrue();
        assertThat(pdf.run("CÔNG NHẬN").bold()).isTrue();
        List<String> first = pdf.runsOn(0).stream().map(Run::text).toList();
        String unit = first.get(first.indexOf("CÔNG NHẬN") + 1);
        assertThat(first.stream().filter(t -> t.contains(unit))).as("the unit's name once").hasSize(1);
        assertThat(first).contains("Đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2022",
                "(Quyết định số 2580/QĐ-UBND ngày 20/12/2022)", "CHỦ TỊCH", "Nguyễn Hữu Hòa");
        assertThat(pdf.run("Ninh Hòa, ngày 20 tháng 12 năm 2022").italic()).isTrue();
        assertThat(pdf.run("Nguyễn Hữu Hòa").bold()).isTrue();
        everyPageWritten(pdf);
        oneFontFamily(pdf);

        long area = jdbc.queryForObject("""
                select d.id from dossier d join residential_area a on a.id = d.residential_area_id
                join commune c on c.id = a.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22567' and y.year = 2022 and d.state = 'RECOGNIZED' order by d.id limit 1""", Long.class);
        PdfPages own = pdf("/dossiers/" + area + "/certificate.pdf", "certificate-area");
        assertThat(own.pages()).isEqualTo(1);
        assertThat(own.run("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH THỦY").bold()).as("its commune recognises it").isTrue();
        assertThat(own.run("Ninh Thủy, ngày …… tháng …… năm 20……").italic()).as("signed at its commune").isTrue();
        oneFontFamily(own);
    }

    @Test
    void theSelfScoringSheetHasItsUnitsHeaderAndNoBlankPage() throws Exception {
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22567' and y.year = 2022""", Long.class);
        PdfPages pdf = pdf("/dossiers/" + dossier + "/self-scoring.pdf", "self-scoring");

        header(pdf, null, List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG NINH THỦY"), null,
                "Ninh Thủy, ngày …… tháng …… năm 20……");
        title(pdf, "BẢNG TỰ CHẤM ĐIỂM", "Tiêu chuẩn \"An toàn về an ninh, trật tự\" năm 2022");
        assertThat(pdf.pages()).isEqualTo(1);
        everyPageWritten(pdf);
        oneFontFamily(pdf);

        long enterprise = jdbc.queryForObject("""
                select d.id from dossier d join organization o on o.id = d.organization_id
                join evaluation_year y on y.id = d.year_id
                where y.year = 2022 and o.kind = 'ENTERPRISE' order by d.id limit 1""", Long.class);
        PdfPages sheet = pdf("/dossiers/" + enterprise + "/self-scoring.pdf", "self-scoring-enterprise");
        String name = jdbc.queryForObject("select o.name from dossier d join organization o on o.id = d.organization_id "
                + "where d.id = ?", String.class, enterprise);
        assertThat(String.join(" ", sheet.runsOn(0).stream().filter(r -> r.bold() && r.xEnd() < sheet.pageWidth(0) / 2
                && r.y() < sheet.run(NATION).y() + 40).map(Run::text).toList()))
                .as("its header is the unit in capitals").isEqualTo(name.toUpperCase(java.util.Locale.forLanguageTag("vi")));
        assertThat(jdbc.queryForObject("""
                select c.text from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'TT23_2012' and c.subject_kind = 'AGENCY_ENTERPRISE' and c.article = 7 and c.clause = 4""",
                String.class)).endsWith("vững mạnh (nội dung cần đối chiếu văn bản gốc)");
        assertThat(sheet.runs().stream().map(Run::text)).as("the criterion prints, the working note does not")
                .anyMatch(t -> t.endsWith("vững mạnh")).noneMatch(t -> t.contains("đối chiếu"));
        assertThat(sheet.run("THỦ TRƯỞNG ĐƠN VỊ").page()).as("the signatures keep the total with them")
                .isEqualTo(sheet.runStarting("Tổng số tiêu chí").page());
        everyPageWritten(sheet);
        oneFontFamily(sheet);
    }

    @Test
    void thePrintViewUsesTheEmbeddedFontServedByTheApp() throws Exception {
        String page = mvc.perform(get("/decisions/{id}/print", decision("2580/QĐ-UBND"))
                        .session(Sessions.demo(mvc, "bcd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"doc-header\"");
        // the stylesheets are linked by their versioned names (content hash), as every static asset
        String fonts = mvc.perform(get(linked(page, "fonts"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (String file : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            String name = "LiberationSerif-" + file + ".ttf";
            assertThat(fonts).containsPattern("url\\(\"[./]*/?fonts/" + name + "\"\\)");
            byte[] served = mvc.perform(get("/fonts/" + name)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray();
            try (var embedded = getClass().getResourceAsStream("/liberation/" + name)) {
                assertThat(served).as("%s is the file the PDF embeds", name).isEqualTo(embedded.readAllBytes());
            }
        }
        assertThat(mvc.perform(get(linked(page, "print"))).andReturn().getResponse().getContentAsString())
                .contains("font-family: \"Liberation Serif\"");
    }

    /** The address of the stylesheet {@code name} the page links, e.g. /css/print-0a1b….css. */
    private static String linked(String page, String name) {
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("href=\"(/css/" + name + "-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(link.find()).as("%s.css linked by its versioned name", name).isTrue();
        return link.group(1);
    }

    /** The two header columns: names on the left, the nation and motto on the right, the number and date below. */
    private static void header(PdfPages pdf, String parent, List<String> body, String number, String date) {
        double middle = pdf.pageWidth(0) / 2;
        Run nation = pdf.run(NATION);
        Run motto = pdf.run(MOTTO);
        Run dateLine = pdf.run(date);
        assertThat(List.of(nation, motto, dateLine)).as("the right column").allMatch(r -> r.x() > middle - 60
                && r.page() == 0);
        assertThat(nation.bold() && motto.bold()).as("national name and motto in bold").isTrue();
        assertThat(nation.size()).isBetween(12.0, 13.0);
        assertThat(motto.size()).isBetween(13.0, 14.0);
        assertThat(motto.centre()).as("motto centred under the national name").isCloseTo(nation.centre(), within(2.0));
        assertThat(dateLine.italic()).as("the place-and-date line in italics").isTrue();
        mottoRule(pdf, motto);

        Run numberLine = pdf.runsOn(0).stream().filter(r -> r.text().startsWith("Số:")).findFirst().orElse(null);
        if (numberLine != null) {
            assertThat(dateLine.y()).as("the date on the number's line").isCloseTo(numberLine.y(), within(1.0));
            assertThat(numberLine.xEnd()).as("the number in the left column").isLessThan(middle);
            assertThat(numberLine.regular()).isTrue();
        }
        if (number != null) {
            assertThat(numberLine).isNotNull();
            assertThat(numberLine.text()).isEqualTo(number);
        }
        List<Run> names = pdf.runsOn(0).stream().filter(r -> r.y() < dateLine.y() - 1 && r.xEnd() < middle).toList();
        if (parent != null) {
            assertThat(names.get(0).text()).isEqualTo(parent);
            assertThat(names.get(0).regular()).as("the parent body in regular capitals").isTrue();
            names = names.subList(1, names.size());
        }
        if (body != null) {
            assertThat(names.stream().map(Run::text)).containsExactlyElementsOf(body);
        }
        assertThat(names).as("the issuing body in bold").isNotEmpty().allMatch(Run::bold);
        double column = names.get(0).centre();
        assertThat(names).as("the names centred in their column").allMatch(r -> Math.abs(r.centre() - column) < 2);
        if (numberLine != null) {
            assertThat(numberLine.centre()).isCloseTo(column, within(2.0));
        }
        Run last = names.get(names.size() - 1);
        assertThat(pdf.rules()).as("a short rule under the issuing body").anyMatch(r -> r.page() == 0
                && r.y() > last.y() && r.y() < last.y() + 12 && Math.abs((r.x() + r.xEnd()) / 2 - column) < 2
                && r.width() < last.width() && r.width() > 30);
    }

    private static void mottoRule(PdfPages pdf, Run motto) {
        assertThat(pdf.rules()).as("a rule under the motto exactly as long as the motto")
                .anyMatch(r -> r.page() == motto.page() && r.y() > motto.y() && r.y() < motto.y() + 8
                        && Math.abs(r.x() - motto.x()) < 1.5 && Math.abs(r.width() - motto.width()) < 1.5);
    }

    private static void title(PdfPages pdf, String kind, String subject) {
        Run kindLine = pdf.run(kind);
        assertThat(kindLine.bold()).isTrue();
        assertThat(kindLine.size()).isBetween(13.0, 14.0);
        String text = text(pdf);
        assertThat(text).contains(kind + " " + subject);
        Run subjectLine = pdf.runStarting(subject.substring(0, 20));
        assertThat(subjectLine.bold()).as("the subject line in bold").isTrue();
        assertThat(subjectLine.centre()).isCloseTo(kindLine.centre(), within(3.0));
    }

    /** "Nơi nhận:" bold italic 12 pt with its entries in 11 pt; the signature block in bold, room to sign. */
    private static void closing(PdfPages pdf, List<String> recipients, List<String> signer, String name) {
        Run label = pdf.run("Nơi nhận:");
        assertThat(label.bold() && label.italic()).as("\"Nơi nhận:\" bold italic").isTrue();
        assertThat(label.size()).isEqualTo(12.0, within(0.1));
        List<Run> entries = pdf.runsOn(label.page()).stream().filter(r -> r.y() > label.y()
                && Math.abs(r.x() - label.x()) < 1).toList();
        assertThat(entries.stream().map(Run::text)).containsExactlyElementsOf(recipients);
        assertThat(entries).allMatch(r -> r.size() == 11.0 && r.regular());
        Run title = pdf.first(r -> r.page() == label.page() && r.text().equals(signer.get(0))
                && Math.abs(r.y() - label.y()) < 3, "the signature's first line beside \"Nơi nhận:\"");
        assertThat(title.x()).as("the signature block on the right").isGreaterThan(pdf.pageWidth(label.page()) / 2);
        for (String line : signer) {
            Run run = pdf.first(r -> r.page() == label.page() && r.text().equals(line) && r.y() >= title.y(), line);
            assertThat(run.bold()).isTrue();
            assertThat(run.size()).isBetween(13.0, 14.0);
        }
        if (name != null) {
            Run signed = pdf.run(name);
            assertThat(signed.bold()).isTrue();
            assertThat(signed.y() - title.y()).as("room to sign and stamp").isGreaterThan(60);
        }
    }

    private static void everyPageWritten(PdfPages pdf) {
        for (int page = 0; page < pdf.pages(); page++) {
            assertThat(pdf.runsOn(page).stream().filter(r -> !r.text().matches("\\d+")))
                    .as("page %d has text", page + 1).isNotEmpty();
        }
    }

    private static void oneFontFamily(PdfPages pdf) {
        assertThat(pdf.fonts()).isNotEmpty()
                .allMatch(f -> f.matches("([A-Z]{6}\\+)?LiberationSerif(-Bold|-Italic|-BoldItalic|-Regular)?"),
                        "Liberation Serif, embedded");
    }

    private static String text(PdfPages pdf) {
        return String.join(" ", pdf.runs().stream().map(Run::text).toList()).replaceAll("\\s+", " ");
    }

    private long decision(String number) {
        return jdbc.queryForObject("select id from recognition_decision where number = ?", Long.class, number);
    }

    private PdfPages pdf(String url, String name) throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        byte[] bytes = mvc.perform(get(url).session(steering)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        Path out = Path.of("target", "documents");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".pdf"), bytes);
        return new PdfPages(bytes);
    }
}
