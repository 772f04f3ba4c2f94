package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * The forms a role can only partly edit, each posted by that role with the fields it is not shown (set to what only
 * another role may set) or without them: what the role may not set stays exactly as it was.
 * <ul>
 * <li>event (Ngày hội): a commune officer neither sees nor sets "điểm mô hình" (the steering committee's choice);</li>
 * <li>organization and model: a commune officer sets only their own commune;</li>
 * <li>commendation: only the steering committee records it; an officer sees it read-only;</li>
 * <li>evaluation year's targets and deadlines, and the roster: the steering committee's only;</li>
 * <li>dossier self-assessment: an officer marks the manual criteria only; computed ones are the app's.</li>
 * </ul>
 */
@AnttIntegrationTest
class PartialFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommuneOfficerNeverChangesTheModelSiteOfAnEvent() throws Exception {
        long commune = commune("22594");
        MockHttpSession officer = officerOf(commune);
        long marked = jdbc.queryForObject("""
                insert into movement_event (year, kind, commune_id, held_on, place, model_site)
                values (2024, 'FESTIVAL', ?, date '2024-08-18', 'Nhà văn hóa khu phố', true) returning id""",
                Long.class, commune);

        // the officer's form has no model-site box: it is missing from the post, and stays marked
        mvc.perform(post("/events/{id}", marked).session(officer).with(once()).param("version", version(marked))
                        .param("kind", "FESTIVAL").param("communeId", String.valueOf(commune))
                        .param("heldOn", "18/08/2024").param("place", "Sân vận động phường"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select place, model_site from movement_event where id = ?", marked))
                .isEqualTo(Map.of("place", "Sân vận động phường", "model_site", true));

        long unmarked = jdbc.queryForObject("""
                insert into movement_event (year, kind, commune_id, held_on, place)
                values (2024, 'REVIEW_CONFERENCE', ?, date '2024-11-20', 'Hội trường') returning id""",
                Long.class, commune);
        mvc.perform(post("/events/{id}", unmarked).session(officer).with(once()).param("version", version(unmarked))
                        .param("kind", "REVIEW_CONFERENCE").param("communeId", String.valueOf(commune))
                        .param("heldOn", "20/11/2024").param("place", "Hội trường").param("modelSite", "true"))
                .andExpect(status().isFound());
        mvc.perform(post("/events/new").session(officer).with(once()).param("kind", "FESTIVAL")
                        .param("communeId", String.valueOf(commune)).param("heldOn", "19/08/2024")
                        .param("place", "Trường tiểu học").param("modelSite", "true"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForList("""
                select model_site from movement_event where commune_id = ? and (id = ? or held_on = date '2024-08-19')""",
                Boolean.class, commune, unmarked)).containsExactly(false, false);
    }

    @Test
    void aCommuneOfficerNeitherMovesRecordsToAnotherCommuneNorEditsWhatIsNotTheirs() throws Exception {
        long commune = commune("22594");
        long other = commune("22546");
        MockHttpSession officer = officerOf(commune);

        long organization = jdbc.queryForObject("""
                insert into organization (commune_id, name, kind, note)
                values (?, 'Trường kiểm thử biểu mẫu', 'SCHOOL', 'Dữ liệu kiểm thử') returning id""", Long.class,
                commune);
        Map<String, Object> before = row("organization", organization);
        mvc.perform(post("/organizations/{id}/edit", organization).session(officer).with(once())
                        .param("version", version("organization", organization)).param("name", "Trường bị chuyển")
                        .param("kind", "SCHOOL").param("communeId", String.valueOf(other)))
                // another commune is not among the choices the form offers: the form again, with its field message
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị không có trong danh sách; hãy chọn lại.")));
        assertThat(row("organization", organization)).isEqualTo(before);

        long model = jdbc.queryForObject("""
                insert into self_managed_model (name, type_id, commune_id, founded_on, status_since)
                values ('Tổ kiểm thử biểu mẫu', (select min(id) from model_type), ?, date '2024-03-01',
                        date '2024-03-01') returning id""", Long.class, commune);
        Map<String, Object> modelBefore = row("self_managed_model", model);
        mvc.perform(post("/models/{id}/edit", model).session(officer).with(once())
                        .param("version", version("self_managed_model", model)).param("name", "Tổ bị chuyển")
                        .param("typeId", modelBefore.get("type_id").toString())
                        .param("communeId", String.valueOf(other)).param("foundedOn", "01/03/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị không có trong danh sách; hãy chọn lại.")));
        assertThat(row("self_managed_model", model)).isEqualTo(modelBefore);

        long commendation = jdbc.queryForObject("select min(id) from commendation", Long.class);
        Map<String, Object> commendationBefore = row("commendation", commendation);
        mvc.perform(post("/commendations/{id}", commendation).session(officer).with(once())
                        .param("version", version("commendation", commendation)).param("year", "2024")
                        .param("form", "CERTIFICATE_OF_MERIT").param("recipientKind", "COMMUNE")
                        .param("communeId", String.valueOf(commune)))
                .andExpect(status().is4xxClientError());
        assertThat(row("commendation", commendation)).isEqualTo(commendationBefore);

        long year = jdbc.queryForObject("select id from evaluation_year where year = 2023", Long.class);
        Map<String, Object> yearBefore = row("evaluation_year", year);
        mvc.perform(post("/years/2023").session(officer).with(once()).param("version", version("evaluation_year", year))
                .param("targetPct", "10")).andExpect(status().is4xxClientError());
        assertThat(row("evaluation_year", year)).isEqualTo(yearBefore);

        long entry = jdbc.queryForObject("select min(r.id) from roster_entry r where r.year_id = ?", Long.class, year);
        Map<String, Object> entryBefore = row("roster_entry", entry);
        mvc.perform(post("/years/2023/roster/{id}", entry).session(officer).with(once())
                .param("version", version("roster_entry", entry)).param("manager", "TOWN"))
                .andExpect(status().is4xxClientError());
        assertThat(row("roster_entry", entry)).isEqualTo(entryBefore);
    }

    @Test
    void aSelfAssessmentChangesOnlyTheManualCriteriaAndNeverBlanksWhatItDoesNotName() throws Exception {
        long commune = commune("22588");
        MockHttpSession officer = officerOf(commune);
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where d.commune_id = ? and y.year = 2023""", Long.class, commune);
        jdbc.update("update dossier set state = 'DRAFT' where id = ?", dossier);
        jdbc.update("update dossier_assessment set self_met = true, evidence = 'Biên bản họp' where dossier_id = ?",
                dossier);
        String assessments = """
                select a.criterion_id, a.self_met, a.evidence, c.check_rule like 'MANUAL%' as manual
                from dossier_assessment a join criterion c on c.id = a.criterion_id
                where a.dossier_id = ? order by a.criterion_id""";
        List<Map<String, Object>> before = jdbc.queryForList(assessments, dossier);
        assertThat(before).extracting(a -> a.get("manual")).as("manual and computed criteria").contains(true, false);

        // a post naming no criterion (only the registration) blanks none
        mvc.perform(post("/dossiers/{id}/self-assessment", dossier).session(officer).with(once())
                        .param("version", version("dossier", dossier)).param("registeredOn", "10/03/2023")
                        .param("registrationNote", "Đăng ký phấn đấu"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForList(assessments, dossier)).isEqualTo(before);

        // "not met" posted for every criterion, and an unknown one: only the manual criteria change
        var post = post("/dossiers/{id}/self-assessment", dossier).session(officer).with(once())
                .param("version", version("dossier", dossier)).param("registeredOn", "10/03/2023")
                .param("registrationNote", "Đăng ký phấn đấu")
                .param("criterion_999999", "").param("met_999999", "NOT_MET");
        before.forEach(a -> post.param("criterion_" + a.get("criterion_id"), "")
                .param("met_" + a.get("criterion_id"), "NOT_MET")
                .param("evidence_" + a.get("criterion_id"), "Sửa"));
        mvc.perform(post).andExpect(status().isFound());
        assertThat(jdbc.queryForList(assessments, dossier)).allSatisfy(a -> {
            boolean manual = (Boolean) a.get("manual");
            assertThat(a.get("self_met")).isEqualTo(!manual);
            assertThat(a.get("evidence")).isEqualTo(manual ? "Sửa" : "Biên bản họp");
        });
    }

    private long commune(String code) {
        return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
    }

    private MockHttpSession officerOf(long commune) throws Exception {
        return Sessions.demo(mvc, jdbc.queryForObject("select username from user_account where commune_id = ?",
                String.class, commune));
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("select * from " + table + " where id = ?", id);
    }

    private String version(long event) {
        return version("movement_event", event);
    }

    private String version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", String.class, id);
    }
}
