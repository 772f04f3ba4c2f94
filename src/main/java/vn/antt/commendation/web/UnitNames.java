package vn.antt.commendation.web;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.antt.infrastructure.scope.Scope;

/**
 * The names the commendation form suggests for a collective: the khu dân cư, organizations and models within the
 * request's scope (a commune officer's own commune, else the district).
 */
@Component
class UnitNames {

    private final JdbcClient jdbc;

    UnitNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> of(Scope scope) {
        return jdbc.sql("""
                select distinct name from (
                    select name, commune_id from residential_area where valid_to is null
                    union all select name, commune_id from organization where archived_on is null
                    union all select name, commune_id from self_managed_model where status <> 'DISSOLVED') n
                where cast(:commune as bigint) is null or commune_id = :commune
                order by name limit 5000""").param("commune", scope.communeId()).query(String.class).list();
    }
}
