package vn.antt.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real ids of the demo data for the officer's own commune (Phường Ninh Thủy) and another commune (Xã Ninh Thọ), by
 * the kind of record a path names, and the names of the other commune's records that the officer must never read.
 */
final class Ids {

    static final String OFFICER = "ninhthuy";
    static final String OWN_CODE = "22567";
    static final String OTHER_CODE = "22546";
    static final String OTHER_OFFICER = "ninhtho";
    static final int YEAR = 2023;

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final JdbcTemplate jdbc;
    final long ownCommune;
    final long otherCommune;
    private final Map<String, String> own = new LinkedHashMap<>();
    private final Map<String, String> other = new LinkedHashMap<>();

    Ids(JdbcTemplate jdbc, long ownImport, long otherImport, long otherDecision) {
        this.jdbc = jdbc;
        ownCommune = communeId(OWN_CODE);
        otherCommune = communeId(OTHER_CODE);
        fill(own, ownCommune, OWN_CODE, OFFICER, ownImport, ownDecision());
        fill(other, otherCommune, OTHER_CODE, OTHER_OFFICER, otherImport, otherDecision);
    }

    private void fill(Map<String, String> ids, long commune, String code, String officer, long importId,
                      long decision) {
        ids.put("code", code);
        ids.put("year", String.valueOf(YEAR));
        ids.put("kind", "organizations");
        ids.put("areas", one("select id from residential_area where commune_id = ? order by id", commune));
        ids.put("organizations", one("select id from organization where commune_id = ? order by id", commune));
        long model = Long.parseLong(one("""
                select m.id from self_managed_model m where m.commune_id = ?
                order by exists (select 1 from model_member x where x.model_id = m.id) desc, m.id""", commune));
        ids.put("models", String.valueOf(model));
        ids.put("memberId", orZero("select id from model_member where model_id = ? order by id", model));
        ids.put("imports", String.valueOf(importId));
        long dossier = Long.parseLong(one("""
                select d.id from dossier d where d.acting_commune_id = ?
                order by (d.state = 'RECOGNIZED') desc,
                         exists (select 1 from dossier_attachment a where a.dossier_id = d.id) desc, d.id""",
                commune));
        ids.put("dossiers", String.valueOf(dossier));
        ids.put("attachmentId", orZero("select id from dossier_attachment where dossier_id = ? order by id", dossier));
        ids.put("decisions", String.valueOf(decision));
        ids.put("dossierId", orZero("select id from dossier where decision_id = ? order by id", decision));
        ids.put("commendations", one("select id from commendation where commune_id = ? order by id", commune));
        ids.put("events", one("select id from movement_event where commune_id = ? order by id", commune));
        ids.put("entryId", one("""
                select r.id from roster_entry r join evaluation_year y on y.id = r.year_id
                where y.year = ? and r.managing_commune_id = ? order by r.id""", YEAR, commune));
        ids.put("users", one("select id from user_account where username = ?", officer));
        ids.put("model-types", one("select min(id) from model_type"));
        ids.put("criteria", one("select min(id) from criteria_set"));
        ids.put("issuing-bodies", one("select min(id) from issuing_body"));
    }

    /** An issued decision that recognised one of the own commune's units. */
    private long ownDecision() {
        return Long.parseLong(one("""
                select r.id from recognition_decision r where r.state = 'ISSUED' and exists (select 1 from dossier d
                where d.decision_id = r.id and ? in (d.acting_commune_id, d.located_commune_id)) order by r.id""",
                ownCommune));
    }

    long communeId(String code) {
        return jdbc.queryForObject("select id from commune where code = ? order by id desc limit 1", Long.class, code);
    }

    /** The path with its variables filled, with the own commune's ids or the other's. */
    String path(String pattern, boolean ownIds) {
        Map<String, String> ids = ownIds ? own : other;
        String[] segments = pattern.split("/");
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String key = name.equals("id") ? (segments[1].equals("admin") ? segments[2] : segments[1]) : name;
            // the test-only probe of AuthorizationMatrixTest reads organizations
            String value = ids.get(key.equals("matrix-probe") ? "organizations" : key);
            if (value == null) {
                throw new IllegalStateException("no id for " + name + " in " + pattern);
            }
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /**
     * Names of the other communes' khu dân cư, organizations and models that occur nowhere in the own commune's
     * records, so that finding one in a page the officer reads is a leak.
     */
    List<String> foreignNames() {
        return jdbc.queryForList("""
                with named as (
                    -- the demo's records only: other tests store hostile payloads that may also stand in any field
                    -- of the officer's own records
                    select name, commune_id from residential_area where created_by = 'system'
                    union all select name, commune_id from organization where created_by = 'system'
                    union all select name, commune_id from self_managed_model where created_by = 'system'),
                mine as (
                    select name from named where commune_id = ?
                    union all select o.name from organization o join roster_entry r on r.organization_id = o.id
                        where r.managing_commune_id = ?
                    union all select o.name from organization o join dossier d on d.organization_id = o.id
                        where ? in (d.acting_commune_id, d.located_commune_id)
                    union all select name from commune)
                select distinct n.name from named n where n.commune_id <> ? and length(n.name) >= 12
                and not exists (select 1 from mine m where strpos(m.name, n.name) > 0 or strpos(n.name, m.name) > 0)
                order by n.name""", String.class, ownCommune, ownCommune, ownCommune, ownCommune);
    }

    private String one(String sql, Object... args) {
        List<String> found = jdbc.queryForList(sql + " limit 1", String.class, args);
        if (found.isEmpty() || found.get(0) == null) {
            throw new IllegalStateException("no record for " + sql);
        }
        return found.get(0);
    }

    private String orZero(String sql, Object... args) {
        List<String> found = jdbc.queryForList(sql + " limit 1", String.class, args);
        return found.isEmpty() ? "0" : found.get(0);
    }
}
