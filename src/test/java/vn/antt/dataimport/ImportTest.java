package vn.antt.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.infrastructure.excel.Importer;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.ImportPages;
import vn.antt.support.Sessions;

/** Excel import of models: dry run, confirmation in one transaction, the file of refused rows, and bad files. */
@AnttIntegrationTest
class ImportTest {

    static final List<String> HEADERS = List.of("Tên mô hình", "Mã loại mô hình", "Mã xã, phường", "Khu dân cư",
            "Ngày thành lập", "Số quyết định thành lập", "Ngày quyết định", "Cơ quan ra quyết định",
            "Người phụ trách / Tổ trưởng", "Điện thoại người phụ trách", "Số thành viên", "Đơn vị chủ trì",
            "Số liệu của loại mô hình", "Mô tả hoạt động");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Test
    void twoHundredValidRowsAndThreeBadOnesGiveADryRunThenExactlyTwoHundredModels() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        List<List<Object>> rows = validRows("Tổ tự quản nhập thử", 200);
        rows.add(3, row("Tổ lỗi loại", "KHONG_CO", "22546", LocalDate.of(2024, 5, 1), 10));
        rows.add(50, row("Tổ lỗi số thành viên", "TO_TU_QUAN", "22546", LocalDate.of(2024, 5, 1), -4));
        rows.add(120, row("Tổ lỗi ngày", "TO_TU_QUAN", "22546", "31/02/2024", 10));
        int before = models();

        long batch = upload(officer, xlsx(HEADERS, rows));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/imports/{id}", batch).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("Đã kiểm tra 203 dòng: 200 dòng hợp lệ.",
                "Mã loại mô hình: không có loại mô hình mã \"KHONG_CO\"",
                "Số thành viên: phải từ 0 đến 100.000.",
                "Ngày thành lập: không phải ngày hợp lệ (\"31/02/2024\")");
        assertThat(models()).isEqualTo(before);
        List<List<String>> refused = sheet(mvc.perform(get("/imports/{id}/errors.xlsx", batch).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0)).last().isEqualTo("Lỗi");
        assertThat(refused.subList(1, 4)).extracting(r -> r.get(0))
                .containsExactly("Tổ lỗi loại", "Tổ lỗi số thành viên", "Tổ lỗi ngày");
        assertThat(refused.get(1).get(HEADERS.size())).startsWith("Dòng 5: Mã loại mô hình");

        String shown = ImportPages.shownSet(mvc, officer, "/imports/" + batch);
        mvc.perform(post("/imports/{id}/confirm", batch).session(officer).with(once()).param("shownSet", shown))
                .andExpect(status().isFound());
        assertThat(models()).isEqualTo(before + 200);
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name like 'Tổ tự quản nhập thử%'",
                Integer.class)).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name like 'Tổ lỗi%'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select status from import_batch where id = ?", String.class, batch))
                .isEqualTo("IMPORTED");

        mvc.perform(post("/imports/{id}/confirm", batch).session(officer).with(once()).param("shownSet", shown))
                .andExpect(status().isConflict());
        assertThat(models()).isEqualTo(before + 200);
    }

    @Test
    void anImportWhoseRowsChangedSinceItsDryRunIsRefusedThenTheResultSaysOfEveryRowWhetherItWasStored()
            throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        List<List<Object>> rows = validRows("Tổ kết quả từng dòng", 3);
        rows.add(row("Tổ kết quả lỗi", "KHONG_CO", "22546", LocalDate.of(2024, 5, 1), 10));
        long batch = upload(officer, xlsx(HEADERS, rows));
        String shown = ImportPages.shownSet(mvc, officer, "/imports/" + batch);
        // after the dry run, the second row's model is recorded through the form
        long type = jdbc.queryForObject("select id from model_type where code = 'TO_TU_QUAN'", Long.class);
        long commune = jdbc.queryForObject("select id from commune where code = '22546'", Long.class);
        mvc.perform(post("/models/new").session(officer).with(once()).param("name", "Tổ kết quả từng dòng 2")
                .param("typeId", String.valueOf(type)).param("communeId", String.valueOf(commune))
                .param("foundedOn", "01/02/2024")).andExpect(status().isFound());

        // what the user confirmed is no longer what would be stored: nothing is, and the dry run shows it now
        mvc.perform(post("/imports/{id}/confirm", batch).session(officer).with(once()).param("shownSet", shown))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/imports/" + batch))
                .andExpect(flash().attribute("failure", "import.stale"));
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name like 'Tổ kết quả%'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from import_batch where id = ?", String.class, batch))
                .isEqualTo("CHECKED");
        String again = HtmlUtils.htmlUnescape(mvc.perform(get("/imports/{id}", batch).session(officer))
                .andReturn().getResponse().getContentAsString());
        assertThat(again).contains("Xã, phường này đã có mô hình cùng tên.", "Xác nhận nhập 2 dòng hợp lệ");

        mvc.perform(post("/imports/{id}/confirm", batch).session(officer).with(once())
                .param("shownSet", ImportPages.shownSet(mvc, officer, "/imports/" + batch)))
                .andExpect(status().isFound());
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/imports/{id}", batch).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Đã nhập 2 dòng.",
                "Không lưu: Tên mô hình: Xã, phường này đã có mô hình cùng tên.",
                "Không lưu: Mã loại mô hình: không có loại mô hình mã \"KHONG_CO\"");
        assertThat(page.split("Đã lưu", -1)).as("two rows stored").hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name like 'Tổ kết quả%'",
                Integer.class)).isEqualTo(3);
    }

    @Test
    void anOfficersRowForAnotherCommuneIsRejected() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        List<List<Object>> rows = validRows("Tổ tự quản đúng xã", 2);
        rows.add(row("Tổ tự quản xã khác", "TO_TU_QUAN", "22567", LocalDate.of(2024, 3, 3), 8));

        long batch = upload(officer, xlsx(HEADERS, rows));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/imports/{id}", batch).session(officer))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("2 dòng hợp lệ",
                "Mã xã, phường: dòng này thuộc Phường Ninh Thủy; bạn chỉ được nhập dữ liệu của xã, phường mình.");

        mvc.perform(post("/imports/{id}/confirm", batch).session(officer).with(once())
                .param("shownSet", ImportPages.shownSet(mvc, officer, "/imports/" + batch)));
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name = 'Tổ tự quản xã khác'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name like 'Tổ tự quản đúng xã%'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void aFailureInTheMiddleLeavesNothingImported() throws Exception {
        CurrentUser officer = accounts.loadUserByUsername("ninhtho");
        Importer importer = imports.importer("models", officer);
        byte[] file = xlsx(HEADERS, validRows("Tổ tự quản hỏng giữa chừng", 150));
        ImportBatch batch = imports.upload(importer, "hong.xlsx", file, officer);
        ImportSheet sheet = ImportSheet.read(file, importer.columns(), imports::label);
        int before = models();

        imports.run(batch.getId(), importer, sheet, officer, (done, total) -> {
            if (done == 100) {
                throw new IllegalStateException("forced failure at row 100");
            }
        });

        assertThat(models()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from import_batch where id = ?", String.class, batch.getId()))
                .isEqualTo("FAILED");
    }

    @Test
    void duplicateRowsAndDatesAsTextOrCellsAreHandled() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Tổ tự quản ngày dạng chữ", "TO_TU_QUAN", "22546", "15/06/2024", 9));
        rows.add(row("Tổ tự quản ngày dạng ô", "TO_TU_QUAN", 22546.0, LocalDate.of(2024, 6, 16), 9));
        rows.add(row("Tổ tự quản ngày dạng chữ", "TO_TU_QUAN", "22546", "17/06/2024", 9));

        long batch = upload(officer, xlsx(HEADERS, rows));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/imports/{id}", batch).session(officer))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("2 dòng hợp lệ", "Tên mô hình: trùng với dòng 2 trong tệp.");

        mvc.perform(post("/imports/{id}/confirm", batch).session(officer).with(once())
                .param("shownSet", ImportPages.shownSet(mvc, officer, "/imports/" + batch)));
        assertThat(jdbc.queryForList("""
                select founded_on from self_managed_model where name like 'Tổ tự quản ngày dạng%' order by founded_on""",
                LocalDate.class)).containsExactly(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 6, 16));
    }

    @Test
    void badFilesAreRefusedWithAMessageAndNothingIsKept() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        int batches = jdbc.queryForObject("select count(*) from import_batch", Integer.class);

        assertThat(refusedFile(officer, "ghi-chu.txt", "không phải Excel".getBytes()))
                .contains("Tệp không phải bảng tính Excel .xlsx.");
        assertThat(refusedFile(officer, "rong.xlsx", new byte[0])).contains("Tệp rỗng, không có dữ liệu.");
        List<String> renamed = new ArrayList<>(HEADERS);
        renamed.set(1, "Loại mô hình");
        assertThat(refusedFile(officer, "doi-ten.xlsx", xlsx(renamed, validRows("Tổ đổi tên cột", 1))))
                .contains("Thiếu cột: “Mã loại mô hình”. Cột không có trong mẫu (đổi tên hoặc thêm): “Loại mô hình” (B).");
        List<String> missing = new ArrayList<>(HEADERS.subList(0, HEADERS.size() - 1));
        assertThat(refusedFile(officer, "thieu-cot.xlsx", xlsx(missing, List.of())))
                .contains("Tệp thiếu cột của mẫu: “Mô tả hoạt động”.");

        assertThat(jdbc.queryForObject("select count(*) from import_batch", Integer.class)).isEqualTo(batches);
    }

    /** Issue 12 §2: an extra column, named or not, is named in the message by its header and its letter. */
    @Test
    void anExtraColumnIsNamedByItsHeaderAndLetter() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        List<String> extra = new ArrayList<>(HEADERS);
        extra.add("Ghi chú thêm");
        List<List<Object>> rows = validRows("Tổ cột thêm", 1);
        rows.get(0).add("ghi chú");
        assertThat(refusedFile(officer, "cot-them.xlsx", xlsx(extra, rows)))
                .contains("Tệp có cột không có trong mẫu: “Ghi chú thêm” (O)");

        byte[] untitled = edited(xlsx(HEADERS, validRows("Tổ cột không tên", 1)),
                workbook -> workbook.getSheetAt(0).getRow(1).createCell(HEADERS.size()).setCellValue("lạc chỗ"));
        assertThat(refusedFile(officer, "cot-khong-ten.xlsx", untitled))
                .contains("Tệp có cột không có trong mẫu: cột không có tiêu đề (O)");
    }

    /** A formula saved without its result is refused with its cell named, never read as 0. */
    @Test
    void aFormulaWithoutACachedValueIsRefusedWithItsCell() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        int batches = jdbc.queryForObject("select count(*) from import_batch", Integer.class);
        byte[] formula = edited(xlsx(HEADERS, validRows("Tổ công thức", 2)), workbook -> {
            org.apache.poi.ss.usermodel.Row row = workbook.getSheetAt(0).getRow(2);
            row.removeCell(row.getCell(10));
            row.createCell(10).setCellFormula("4+5");
        });
        assertThat(refusedFile(officer, "cong-thuc.xlsx", formula))
                .contains("Ô K3 chứa công thức chưa được tính ra giá trị");
        assertThat(jdbc.queryForObject("select count(*) from import_batch", Integer.class)).isEqualTo(batches);
    }

    /** A hidden sheet placed first (a list, a leftover) is not the data: the first sheet a person sees is. */
    @Test
    void aHiddenSheetIsNeverReadAsTheData() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        byte[] hiddenFirst = edited(xlsx(HEADERS, validRows("Tổ sau trang ẩn", 1)), workbook -> {
            workbook.createSheet("Danh mục").createRow(0).createCell(0).setCellValue("Không phải dữ liệu");
            workbook.setSheetOrder("Danh mục", 0);
            workbook.setActiveSheet(1);
            workbook.setFirstVisibleTab(1);
            workbook.setSheetHidden(0, true);
        });
        long batch = upload(officer, hiddenFirst);
        assertThat(jdbc.queryForObject("select count(*) from import_batch where id = ?", Integer.class, batch))
                .isEqualTo(1);
    }

    private static byte[] edited(byte[] file, java.util.function.Consumer<org.apache.poi.ss.usermodel.Workbook> edit)
            throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(file))) {
            edit.accept(workbook);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theTemplateHasTheHeadersAndASheetOfAllowedValues() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhtho");
        byte[] template = mvc.perform(get("/imports/templates/models.xlsx").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).isEqualTo(HEADERS);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Mô hình tự quản");
            Sheet values = workbook.getSheet("Giá trị hợp lệ");
            assertThat(values.getRow(1).getCell(0).getStringCellValue()).startsWith("CAMERA — Camera an ninh");
            assertThat(values.getRow(1).getCell(1).getStringCellValue()).isEqualTo("22546 — Xã Ninh Thọ");
            assertThat(values.getRow(2).getCell(1)).as("an officer may import only their own commune").isNull();
        }
    }

    @Test
    void anAdministratorLoadsTheCommunesOfAnotherDistrict() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        List<String> headers = List.of("Mã xã, phường", "Tên xã, phường (kèm tiền tố Xã/Phường/Thị trấn)",
                "Loại xã, phường", "Mã huyện", "Tên huyện, thị xã, thành phố", "Loại đơn vị cấp huyện", "Mã tỉnh",
                "Tên tỉnh", "Hiệu lực từ ngày", "Hiệu lực đến ngày");
        List<List<Object>> rows = List.of(
                new ArrayList<>(List.of("22480", "Xã Vạn Thọ", "Xã", "568", "Huyện Vạn Ninh", "Huyện", "56",
                        "Tỉnh Khánh Hòa", "", "30/06/2025")),
                new ArrayList<>(List.of("22483", "Thị trấn Vạn Giã", "Thị trấn", "568", "Huyện Vạn Ninh", "Huyện", "56",
                        "Tỉnh Khánh Hòa", "", "")),
                new ArrayList<>(List.of("22567", "Phường Trùng Mã", "Phường", "568", "Huyện Vạn Ninh", "Huyện", "56",
                        "Tỉnh Khánh Hòa", "", "")));

        MvcResult uploaded = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "van-ninh.xlsx",
                        "application/octet-stream", xlsx(headers, rows))).param("kind", "communes").session(admin)
                        .with(once())).andExpect(status().isFound()).andReturn();
        long batch = Long.parseLong(uploaded.getResponse().getRedirectedUrl().substring("/imports/".length()));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/imports/{id}", batch).session(admin))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("2 dòng hợp lệ", "Mã xã, phường: đã có đơn vị mã này trong cùng thời gian hiệu lực.");
        mvc.perform(post("/imports/{id}/confirm", batch).session(admin).with(once())
                .param("shownSet", ImportPages.shownSet(mvc, admin, "/imports/" + batch))).andExpect(status().isFound());

        assertThat(jdbc.queryForList("""
                select c.name from commune c join district d on d.id = c.district_id
                where d.code = '568' order by c.code""", String.class))
                .containsExactly("Xã Vạn Thọ", "Thị trấn Vạn Giã");
        mvc.perform(get("/imports/templates/communes.xlsx").session(Sessions.demo(mvc, "ninhtho")))
                .andExpect(status().isForbidden());
    }

    private String refusedFile(MockHttpSession officer, String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", name,
                        "application/octet-stream", content)).param("kind", "models").session(officer).with(once()))
                .andExpect(status().isFound()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/imports");
        String message = (String) result.getFlashMap().get("fileProblem");
        Object[] args = (Object[]) result.getFlashMap().get("fileProblemArgs");
        return HtmlUtils.htmlUnescape(mvc.perform(get("/imports?kind=models").session(officer)
                .flashAttr("fileProblem", message).flashAttr("fileProblemArgs", args == null ? new Object[0] : args))
                .andReturn().getResponse().getContentAsString());
    }

    private long upload(MockHttpSession session, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "mo-hinh.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
                        .param("kind", "models").session(session).with(once()))
                .andExpect(status().isFound()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        return Long.parseLong(location.substring("/imports/".length()));
    }

    private int models() {
        return jdbc.queryForObject("select count(*) from self_managed_model", Integer.class);
    }

    /** Rows of Xã Ninh Thọ founded in 2024 (after the demo's 2022), dates alternating between cells and text. */
    private static List<List<Object>> validRows(String prefix, int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Object founded = i % 2 == 0 ? LocalDate.of(2024, 1 + i % 12, 1 + i % 28)
                    : String.format("%02d/%02d/2024", 1 + i % 28, 1 + i % 12);
            rows.add(row(prefix + " " + i, "TO_TU_QUAN", "22546", founded, 5 + i % 20));
        }
        return rows;
    }

    private static List<Object> row(String name, String type, Object commune, Object founded, int members) {
        return new ArrayList<>(List.of(name, type, commune, "", founded, "", "", "", "Nguyễn Văn Nhập", "0912345678",
                members, "Công an xã", "", "Nhập từ Excel khi kiểm thử"));
    }

    private static byte[] xlsx(List<String> headers, List<List<Object>> rows) throws Exception {
        return ImportSheet.write(headers, rows, null, null);
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
