package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;

/** The demo's certification records reproduce the town's published 2022 figures and give 2023 every state. */
@AnttIntegrationTest
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyTwentyTwoIsClosedAndComplete() {
        assertThat(count("""
                select count(*) from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2022 and y.state = 'CLOSED' and d.subject_kind = 'COMMUNE' and d.state = 'RECOGNIZED'"""))
                .isEqualTo(27);
        assertThat(count("""
                select count(*) from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2022 and d.subject_kind = 'ORGANIZATION' and d.state = 'RECOGNIZED'""")).isEqualTo(54);
        assertThat(count("""
                select count(*) from roster_entry r join evaluation_year y on y.id = r.year_id where y.year = 2022"""))
                .isEqualTo(54);
        // every 2022 dossier has its criteria, its documents and its whole history, and is in an issued decision
        assertThat(count("""
                select count(*) from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2022 and (not exists (select 1 from dossier_assessment a where a.dossier_id = d.id)
                    or not exists (select 1 from dossier_attachment f where f.dossier_id = d.id and f.kind = 'BIEN_BAN')
                    or (select count(*) from dossier_event e where e.dossier_id = d.id and e.action <> 'CORRECT') <> 3
                    or (d.subject_kind <> 'RESIDENTIAL_AREA' and d.decision_id is null))""")).isZero();
        assertThat(count("""
                select count(*) from recognition_decision r join evaluation_year y on y.id = r.year_id
                where y.year = 2022 and r.state = 'ISSUED'""")).isEqualTo(2);
        // the 70% rule holds in every commune
        assertThat(count("""
                select count(*) from commune c join district t on t.id = c.district_id and t.code = '572'
                where (select count(*) from dossier d join residential_area a on a.id = d.residential_area_id
                       join evaluation_year y on y.id = d.year_id
                       where a.commune_id = c.id and y.year = 2022 and d.state = 'RECOGNIZED')
                      < 0.7 * (select count(*) from residential_area a where a.commune_id = c.id
                               and (a.valid_from is null or a.valid_from <= date '2022-12-31')
                               and (a.valid_to is null or a.valid_to >= date '2022-01-01'))""")).isZero();
    }

    @Test
    void earlierYearsHoldImportedResults() {
        assertThat(jdbc.queryForList("""
                select y.year || ':' || count(*) from dossier d join evaluation_year y on y.id = d.year_id
                where d.imported and y.year between 2019 and 2021 and d.subject_kind <> 'RESIDENTIAL_AREA'
                group by y.year order by y.year""", String.class))
                .containsExactly("2019:81", "2020:81", "2021:81");
        // and the khu dân cư results behind each commune's recognition: every khu dân cư valid in the year
        assertThat(jdbc.queryForList("""
                select y.year || ':' || count(d.id) filter (where d.state = 'RECOGNIZED') || '/' || count(*)
                from evaluation_year y join residential_area a on f_valid_in_year(a.valid_from, a.valid_to, y.year)
                left join dossier d on d.residential_area_id = a.id and d.year_id = y.id and d.imported
                where y.year between 2019 and 2021
                  and a.created_at <= (select max(installed_on) from flyway_schema_history)
                group by y.year order by y.year""", String.class))
                .hasSize(3).allMatch(line -> line.split(":")[1].split("/")[0].equals(line.split("/")[1]));
    }

    @Test
    void twentyTwentyThreeShowsEveryState() {
        List<String> communeStates = jdbc.queryForList("""
                select distinct d.state from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2023 and y.state = 'OPEN' and d.subject_kind = 'COMMUNE'
                  and d.created_by <> 'system'""", String.class);
        assertThat(communeStates).contains("DRAFT", "SUBMITTED", "RETURNED", "APPRAISED");
        List<String> organizationStates = jdbc.queryForList("""
                select distinct d.state from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2023 and d.subject_kind = 'ORGANIZATION'""", String.class);
        assertThat(organizationStates).contains("DRAFT", "SUBMITTED", "RETURNED", "APPRAISED", "RECOGNIZED",
                "REVOKED");
        assertThat(count("""
                select count(*) from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2023 and d.subject_kind = 'ORGANIZATION' and d.acting_commune_id is null
                  and d.submitted_by = (select id from user_account where username = 'congan')""")).isPositive();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
