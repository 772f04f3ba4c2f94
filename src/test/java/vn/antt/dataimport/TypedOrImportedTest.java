package vn.antt.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.antt.support.OnceTokens.once;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * A record typed into its form and the same record in an Excel row get the same verdict: both stored, or both refused
 * with the same message (issue 17 §5: the form and the importer share their field rules). Each case is sent both
 * ways, on records of its own in Xã Ninh Thọ.
 */
@AnttIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypedOrImportedTest {

    private static final String COMMUNE = "22546";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    MockHttpSession officer;

    long communeId;

    long typeId;

    @BeforeAll
    void setUp() throws Exception {
        officer = Sessions.demo(mvc, "ninhtho");
        communeId = jdbc.queryForObject("select id from commune where code = ?", Long.class, COMMUNE);
        typeId = jdbc.queryForObject("select id from model_type where code = 'TO_TU_QUAN'", Long.class);
        // the records a case may collide with, entered through their forms
        for (Case existing : List.of(
                organizationCase("existing", "Công ty TNHH Đã Có Sẵn", "4209999001"),
                areaCase("existing", "Thôn Đã Có Sẵn", "01/01/2025"),
                modelCase("existing", "Tổ tự quản Đã Có Sẵn", "01/02/2025"))) {
            assertThat(typed(existing)).as(existing.toString()).isEqualTo("stored");
        }
    }

    private Case organizationCase(String description, String name, String taxCode) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", name, "kind", "ENTERPRISE",
                "communeId", String.valueOf(communeId), "taxCode", taxCode, "guardForce", "NONE", "version", "0"));
        return new Case("organizations", description, fields, Map.of(), null);
    }

    private Case areaCase(String description, String name, String validFrom) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", name, "kind", "THON", "validFrom", validFrom,
                "version", "0"));
        return new Case("areas", description, fields, Map.of(), null);
    }

    private Case modelCase(String description, String name, String founded) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", name, "typeId", String.valueOf(typeId),
                "communeId", String.valueOf(communeId), "foundedOn", founded, "version", "0"));
        return new Case("models", description, fields, Map.of(), null);
    }

    /** One record, as a form's fields (by field name) and as a row's cells (by header message key). */
    record Case(String kind, String description, Map<String, String> fields, Map<String, String> cells,
                String refusal) {

        @Override
        public String toString() {
            return kind + ": " + description;
        }
    }

    Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        organization(cases, "a new organization", name -> name, "", "", null);
        organization(cases, "the name of an active organization of the commune", name -> "Công ty TNHH Đã Có Sẵn", "",
                "", "organization.name.taken");
        organization(cases, "a tax code of 9 digits", name -> name, "420999900", "", "TaxCode");
        organization(cases, "a tax code already used", name -> name, "4209999001", "", "organization.taxCode.taken");
        organization(cases, "a phone number with letters", name -> name, "", "09a1234567", "PhoneNumber");
        area(cases, "a new khu dân cư", name -> name, "01/03/2025", "", null);
        area(cases, "the name of a current khu dân cư", name -> "Thôn Đã Có Sẵn", "01/03/2025", "",
                "area.name.taken");
        area(cases, "a first day inside a closed year", name -> name, "01/03/2021", "", "history.date.closedYear");
        area(cases, "a first day after today", name -> name, "01/03/2099", "", "date.future");
        area(cases, "a phone number with letters", name -> name, "01/03/2025", "số 5", "PhoneNumber");
        model(cases, "a new model", name -> name, "01/04/2025", "", null);
        model(cases, "the name of a model of the commune", name -> "Tổ tự quản Đã Có Sẵn", "01/04/2025", "",
                "model.name.taken");
        model(cases, "a founding day inside a closed year", name -> name, "01/04/2021", "",
                "history.date.closedYear");
        model(cases, "a founding day after today", name -> name, "01/04/2099", "", "date.future");
        model(cases, "a phone number with letters", name -> name, "01/04/2025", "gọi tôi", "PhoneNumber");
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFormAndTheImportGiveTheSameVerdict(Case sample) throws Exception {
        String expected = sample.refusal() == null ? null
                : messages.getMessage(sample.refusal(), null, java.util.Locale.forLanguageTag("vi"));

        String typed = typed(sample);
        String imported = imported(sample);

        if (expected == null) {
            assertThat(typed).as("the form stores it").isEqualTo("stored");
            assertThat(imported).as("the import takes it").isEqualTo("stored");
        }
        else {
            assertThat(typed).as("the form refuses it").contains(expected);
            assertThat(imported).as("the import refuses it").contains(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void anArchivedOrganizationWhoseNameWasTakenMeanwhileStaysArchived() throws Exception {
        assertThat(typed(organizationCase("first", "Công ty TNHH Lưu Trữ Rồi Lập Lại", ""))).isEqualTo("stored");
        long first = jdbc.queryForObject("select id from organization where name = 'Công ty TNHH Lưu Trữ Rồi Lập Lại'",
                Long.class);
        mvc.perform(post("/organizations/{id}/archive", first).session(officer).with(csrf()).with(once())
                .param("version", "0")).andReturn();
        assertThat(typed(organizationCase("second", "Công ty TNHH Lưu Trữ Rồi Lập Lại", ""))).isEqualTo("stored");
        long version = jdbc.queryForObject("select version from organization where id = ?", Long.class, first);

        MvcResult restored = mvc.perform(post("/organizations/{id}/restore", first).session(officer).with(csrf())
                .with(once()).param("version", String.valueOf(version))).andReturn();

        assertThat(restored.getFlashMap().get("failure")).isEqualTo("organization.name.taken");
        assertThat(jdbc.queryForObject("select archived_on is not null from organization where id = ?", Boolean.class,
                first)).isTrue();
    }

    private void organization(List<Case> cases, String description, Function<String, String> name, String taxCode,
                              String phone, String refusal) {
        String unique = "Công ty TNHH Thử Quy Tắc " + cases.size();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name.apply(unique + " (nhập tay)"));
        fields.put("kind", "ENTERPRISE");
        fields.put("communeId", String.valueOf(communeId));
        fields.put("taxCode", taxCode);
        fields.put("headPhone", phone);
        fields.put("guardForce", "NONE");
        fields.put("version", "0");
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("organization.name", name.apply(unique + " (từ Excel)"));
        cells.put("organization.kind", "ENTERPRISE");
        cells.put("import.communeCode", COMMUNE);
        cells.put("organization.taxCode", taxCode);
        cells.put("organization.headPhone", phone);
        cases.add(new Case("organizations", description, fields, cells, refusal));
    }

    private void area(List<Case> cases, String description, Function<String, String> name, String validFrom,
                      String phone, String refusal) {
        String unique = "Thôn Thử Quy Tắc " + cases.size();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name.apply(unique + " (nhập tay)"));
        fields.put("kind", "THON");
        fields.put("validFrom", validFrom);
        fields.put("headPhone", phone);
        fields.put("version", "0");
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("import.communeCode", COMMUNE);
        cells.put("area.name", name.apply(unique + " (từ Excel)"));
        cells.put("area.kind", "THON");
        cells.put("area.validFrom", validFrom);
        cells.put("area.headPhone", phone);
        cases.add(new Case("areas", description, fields, cells, refusal));
    }

    private void model(List<Case> cases, String description, Function<String, String> name, String founded,
                       String phone, String refusal) {
        String unique = "Tổ tự quản Thử Quy Tắc " + cases.size();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name.apply(unique + " (nhập tay)"));
        fields.put("typeId", String.valueOf(typeId));
        fields.put("communeId", String.valueOf(communeId));
        fields.put("foundedOn", founded);
        fields.put("leaderPhone", phone);
        fields.put("version", "0");
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("model.name", name.apply(unique + " (từ Excel)"));
        cells.put("import.typeCode", "TO_TU_QUAN");
        cells.put("import.communeCode", COMMUNE);
        cells.put("model.foundedOn", founded);
        cells.put("model.leaderPhone", phone);
        cases.add(new Case("models", description, fields, cells, refusal));
    }

    /** "stored", or the page that re-shows the form. */
    private String typed(Case sample) throws Exception {
        String path = switch (sample.kind()) {
            case "organizations" -> "/organizations/new";
            case "areas" -> "/communes/" + COMMUNE + "/areas/new";
            default -> "/models/new";
        };
        var request = post(path).session(officer).with(csrf()).with(once());
        sample.fields().forEach(request::param);
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getResponse().getStatus() == 302) {
            return "stored";
        }
        assertThat(result.getResponse().getStatus()).as("a refused form is shown again").isEqualTo(200);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    /** "stored" when the dry run finds the row valid and its confirmation stores it, or the dry run's page. */
    private String imported(Case sample) throws Exception {
        List<String> headers = templateHeaders(sample.kind());
        List<Object> row = new ArrayList<>();
        for (String header : headers) {
            String key = sample.cells().keySet().stream()
                    .filter(k -> messages.getMessage(k, null, java.util.Locale.forLanguageTag("vi")).equals(header))
                    .findFirst().orElse(null);
            row.add(key == null ? "" : sample.cells().get(key));
        }
        byte[] file = ImportSheet.write(headers, List.of(row), null, null);
        MvcResult uploaded = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "mot-dong.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .param("kind", sample.kind()).session(officer).with(csrf()).with(once())).andReturn();
        String location = uploaded.getResponse().getRedirectedUrl();
        assertThat(location).as("the upload is read").matches("/imports/\\d+");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get(location).session(officer)).andReturn().getResponse()
                .getContentAsString());
        if (!page.contains("1 dòng hợp lệ")) {
            return page;
        }
        String shown = vn.antt.support.ImportPages.shownSet(mvc, officer, location);
        mvc.perform(post(location + "/confirm").session(officer).with(csrf()).with(once()).param("shownSet", shown))
                .andReturn();
        return jdbc.queryForObject("select status from import_batch where id = ?", String.class,
                Long.parseLong(location.substring("/imports/".length()))).equals("IMPORTED") ? "stored" : page;
    }

    private List<String> templateHeaders(String kind) throws Exception {
        byte[] template = mvc.perform(get("/imports/templates/" + kind + ".xlsx").session(officer)).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row first = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < first.getLastCellNum(); i++) {
                headers.add(first.getCell(i).getStringCellValue());
            }
            return headers;
        }
    }
}
