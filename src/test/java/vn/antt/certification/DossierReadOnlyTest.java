package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * Who may not change a dossier reads its values as text, not as greyed-out inputs; a draft reads "Đang chuẩn bị".
 * Reads only: a 2023 commune dossier still a draft in the demo data is looked at, never changed.
 */
@AnttIntegrationTest
class DossierReadOnlyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSteeringCommitteeReadsADraftAsTextAndItsOfficerCanStillFillItIn() throws Exception {
        long dossier = draftCommuneDossier();
        String officer = officerOf(dossier);

        Document read = page("/dossiers/" + dossier, Sessions.demo(mvc, "bcd"));
        assertThat(read.select("#criteria input, #criteria textarea, #registeredOn, #registrationNote")).isEmpty();
        assertThat(read.select("form#self-assessment")).isEmpty();
        assertThat(read.getElementById("registeredOn-text")).isNotNull();
        assertThat(read.select("#criteria .antt-self-met").eachText()).isNotEmpty()
                .allMatch(t -> t.equals("Đạt") || t.equals("Không đạt") || t.equals("Chưa tự đánh giá"));

        Document edit = page("/dossiers/" + dossier, Sessions.demo(mvc, officer));
        assertThat(edit.getElementById("registeredOn").hasAttr("disabled")).isFalse();
        assertThat(edit.select("#criteria input[type=radio]")).isNotEmpty().noneMatch(e -> e.hasAttr("disabled"));
    }

    @Test
    void aDraftInAnOpenYearIsBeingPreparedNotUnderAppraisal() throws Exception {
        long dossier = draftCommuneDossier();
        Document list = page("/dossiers?year=2023&kind=COMMUNE", Sessions.demo(mvc, officerOf(dossier)));
        var row = list.select("#dossiers tr:has(a[href=/dossiers/" + dossier + "])");
        assertThat(row.text()).contains("Đang lập", "Đang chuẩn bị").doesNotContain("Đang xét");
    }

    private long draftCommuneDossier() {
        return jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where y.year = 2023 and d.state = 'DRAFT' order by c.code desc limit 1""", Long.class);
    }

    private String officerOf(long dossier) {
        return jdbc.queryForObject("""
                select u.username from user_account u join dossier d on d.commune_id = u.commune_id
                where d.id = ? order by u.username limit 1""", String.class, dossier);
    }

    private Document page(String path, MockHttpSession session) throws Exception {
        String html = mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
