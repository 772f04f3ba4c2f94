package vn.antt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;

/**
 * The district's year-end figures count the district's records only, when the database holds other districts too
 * (a province's or the country's, as bench/generate.sh builds): an organization of another district on the year's
 * roster, its refused dossier, its commune's dossier and commendation change none of them.
 */
@AnttIntegrationTest
class DistrictScopeTest {

    @Autowired
    YearEndReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherDistrictsRecordsDoNotCount() {
        YearEndFigures before = reports.figures(2023, null);
        long yearId = jdbc.queryForObject("select id from evaluation_year where year = 2023", Long.class);
        long province = jdbc.queryForObject(
                "insert into province (code, name) values ('T99', 'Tỉnh Thử Phạm Vi') returning id", Long.class);
        long district = jdbc.queryForObject("""
                insert into district (code, name, kind, province_id) values ('T999', 'Huyện Thử Phạm Vi', 'HUYEN', ?)
                returning id""", Long.class, province);
        long commune = jdbc.queryForObject("""
                insert into commune (code, name, kind, district_id) values ('T9999', 'Xã Thử Phạm Vi', 'XA', ?)
                returning id""", Long.class, district);
        try {
            long organization = jdbc.queryForObject("""
                    insert into organization (name, kind, commune_id) values ('Trường THCS Thử Phạm Vi', 'SCHOOL', ?)
                    returning id""", Long.class, commune);
            jdbc.update("insert into roster_entry (year_id, organization_id, managing_commune_id) values (?, ?, ?)",
                    yearId, organization, commune);
            jdbc.update("""
                    insert into dossier (year_id, subject_kind, organization_id, acting_commune_id, located_commune_id,
                                         state, conclusion_met, conclusion_note)
                    values (?, 'ORGANIZATION', ?, ?, ?, 'NOT_RECOGNIZED', false, 'Không đạt tiêu chí 2')""",
                    yearId, organization, commune, commune);
            jdbc.update("""
                    insert into dossier (year_id, subject_kind, commune_id, acting_commune_id, located_commune_id, state)
                    values (?, 'COMMUNE', ?, ?, ?, 'SUBMITTED')""", yearId, commune, commune, commune);
            jdbc.update("""
                    insert into commendation (year, form, issuer_id, recipient_kind, commune_id)
                    values (2023, 'LETTER_OF_COMMENDATION', (select min(id) from commendation_issuer), 'COMMUNE', ?)""",
                    commune);

            YearEndFigures after = reports.figures(2023, null);
            assertThat(after.dossierStates()).isEqualTo(before.dossierStates());
            assertThat(after.organizationKinds()).isEqualTo(before.organizationKinds());
            assertThat(after.unrecognized()).isEqualTo(before.unrecognized());
            assertThat(after.awardCounts()).isEqualTo(before.awardCounts());
            assertThat(after).isEqualTo(before);
        }
        finally {
            jdbc.update("delete from commendation where commune_id = ?", commune);
            jdbc.update("delete from dossier where located_commune_id = ?", commune);
            jdbc.update("delete from roster_entry where managing_commune_id = ?", commune);
            jdbc.update("delete from organization where commune_id = ?", commune);
            jdbc.update("delete from commune where id = ?", commune);
            jdbc.update("delete from district where id = ?", district);
            jdbc.update("delete from province where id = ?", province);
        }
    }
}
