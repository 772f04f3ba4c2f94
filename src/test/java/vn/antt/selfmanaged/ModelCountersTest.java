package vn.antt.selfmanaged;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.support.AnttIntegrationTest;

/**
 * The counters above the models list, against the demo's published 2022 figures and an independent SQL count. Tests
 * that add models here or elsewhere keep their founding dates after 2022.
 */
@AnttIntegrationTest
class ModelCountersTest {

    private static final Scope DISTRICT = Scope.DISTRICT;

    @Autowired
    ModelService models;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoReproducesTheTownsFiguresFor2022() {
        ModelCounters counters = models.counters(ModelFilter.all(), 2022, DISTRICT);

        assertThat(counters.getActive()).isEqualTo(78);
        assertThat(counters.getCreated()).isEqualTo(14);
        assertThat(counters.getSuspended()).isEqualTo(1);
        assertThat(counters.getActive()).isEqualTo(jdbc.queryForObject("""
                select count(*) from self_managed_model
                where description = 'Dữ liệu mẫu' and founded_on <= date '2022-12-31'
                  and not exists (select 1 from model_status_change s where s.model_id = self_managed_model.id
                                  and s.status = 'DISSOLVED' and s.changed_on <= date '2022-12-31')""", Long.class));
        assertThat(counters.getCreated()).isEqualTo(jdbc.queryForObject("""
                select count(*) from self_managed_model
                where description = 'Dữ liệu mẫu' and extract(year from founded_on) = 2022""", Long.class));
        assertThat(counters.getEffective()).isEqualTo(jdbc.queryForObject("""
                select count(*) from model_assessment a join self_managed_model m on m.id = a.model_id
                where m.description = 'Dữ liệu mẫu' and a.year = 2022 and a.quality = 'GOOD'""", Long.class));
    }

    @Test
    void theListAgreesWithItsCounters() {
        long listedActive = models.search(new ModelFilter("", null, null, null, null, 2022, null, null, null),
                PageRequest.of(0, 1), DISTRICT).getTotalElements();
        long listedNew = models.search(new ModelFilter("", null, null, null, 2022, null, null, null, null),
                PageRequest.of(0, 1), DISTRICT).getTotalElements();
        ModelCounters counters = models.counters(ModelFilter.all(), 2022, DISTRICT);

        assertThat(listedActive).isEqualTo(counters.getActive());
        assertThat(listedNew).isEqualTo(counters.getCreated());
    }

    @Test
    void theYearBoundariesHoldInSql() {
        long type = jdbc.queryForObject("select id from model_type where code = 'KHAC'", Long.class);
        long commune = jdbc.queryForObject("select id from commune where code = '22600'", Long.class);
        // around the end of 2025, so that the demo's 2022 figures stay as they are
        insert("Ranh giới lập cuối năm", type, commune, "2025-12-31", "ACTIVE", null);
        insert("Ranh giới lập đầu năm sau", type, commune, "2026-01-01", "ACTIVE", null);
        insert("Ranh giới lập đầu năm", type, commune, "2025-01-01", "ACTIVE", null);
        insert("Ranh giới lập năm trước", type, commune, "2024-12-31", "ACTIVE", null);
        insert("Ranh giới giải thể cuối năm", type, commune, "2024-06-01", "DISSOLVED", "2025-12-31");
        insert("Ranh giới giải thể đầu năm sau", type, commune, "2024-06-01", "DISSOLVED", "2026-01-01");
        insert("Ranh giới tạm dừng", type, commune, "2024-06-01", "SUSPENDED", null);
        ModelFilter boundaries = new ModelFilter("ranh gioi", null, null, null, null, null, null, null, null);

        ModelCounters counters = models.counters(boundaries, 2025, DISTRICT);

        // active at end of 2025: lập cuối năm, lập đầu năm, lập năm trước, giải thể đầu năm sau, tạm dừng
        assertThat(counters.getActive()).isEqualTo(5);
        assertThat(counters.getSuspended()).isEqualTo(1);
        // new in 2025: lập cuối năm, lập đầu năm
        assertThat(counters.getCreated()).isEqualTo(2);
        assertThat(models.search(new ModelFilter("ranh gioi", null, null, null, null, 2025, null, null, null),
                PageRequest.of(0, 20), DISTRICT).map(SelfManagedModel::getName)).containsExactlyInAnyOrder(
                "Ranh giới lập cuối năm", "Ranh giới lập đầu năm", "Ranh giới lập năm trước",
                "Ranh giới giải thể đầu năm sau", "Ranh giới tạm dừng");
    }

    private void insert(String name, long type, long commune, String founded, String status, String dissolved) {
        jdbc.update("""
                insert into self_managed_model (name, type_id, commune_id, founded_on, status, status_since, dissolved_on)
                values (?, ?, ?, ?::date, ?, ?::date, ?::date)""", name, type, commune, founded, status,
                dissolved == null ? founded : dissolved, dissolved);
    }
}
