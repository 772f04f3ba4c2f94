package vn.antt.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** A commune officer reads a commendation of their commune as text (the steering committee records them). */
@AnttIntegrationTest
class CommendationReadOnlyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerReadsACommendationTheyMayNotChangeAsText() throws Exception {
        var row = jdbc.queryForMap("""
                select c.id, c.decision_number, u.username from commendation c
                join user_account u on u.commune_id = c.commune_id order by c.id limit 1""");
        String html = mvc.perform(get("/commendations/{id}", row.get("id"))
                .session(Sessions.demo(mvc, (String) row.get("username")))).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("#commendation-form input:not([type=hidden]), #commendation-form select, "
                + "#commendation-form textarea")).as("nothing that looks editable").isEmpty();
        assertThat(page.select("#commendation-form button[type=submit]")).isEmpty();
        assertThat(page.getElementById("commendation-read").text()).contains("Số quyết định",
                (String) row.get("decision_number"));

        String steering = mvc.perform(get("/commendations/{id}", row.get("id")).session(Sessions.demo(mvc, "bcd")))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(steering).getElementById("commendation-read")).isNull();
        assertThat(Jsoup.parse(steering).select("#commendation-form select#issuerId")).hasSize(1);
    }

    @Test
    void anotherCommunesEventIsReadAsText() throws Exception {
        var row = jdbc.queryForMap("""
                select e.id, e.place from movement_event e where e.commune_id <>
                    (select commune_id from user_account where username = 'ninhthuy') and e.place is not null
                order by e.id limit 1""");
        Document page = Jsoup.parse(mvc.perform(get("/events/{id}", row.get("id"))
                .session(Sessions.demo(mvc, "ninhthuy"))).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#event-form input:not([type=hidden]), #event-form select, #event-form textarea"))
                .as("nothing that looks editable").isEmpty();
        assertThat(page.getElementById("event-read").text()).contains("Địa điểm", (String) row.get("place"));
    }
}
