package vn.antt.commendation.web;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The names the commendation form suggests for a collective: the district's khu dân cư, organizations, models. */
@Component
class UnitNames {

    private final JdbcClient jdbc;

    UnitNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> ofDistrict() {
        return jdbc.sql("""
                select distinct name from (
                    select name from residential_area where valid_to is null
                    union all select name from organization where archived_on is null
                    union all select name from self_managed_model where status <> 'DISSOLVED') n
                order by name limit 5000""").query(String.class).list();
    }
}
