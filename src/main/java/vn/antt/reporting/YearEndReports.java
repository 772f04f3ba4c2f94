package vn.antt.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.certification.KnownYears;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.reporting.YearEndFigures.CommuneRow;
import vn.antt.reporting.YearEndFigures.KindShare;
import vn.antt.reporting.YearEndFigures.Models;
import vn.antt.reporting.YearEndFigures.QualityRow;
import vn.antt.reporting.YearEndFigures.StateCount;
import vn.antt.reporting.YearEndFigures.TypeRow;
import vn.antt.reporting.YearEndFigures.Unrecognized;

/**
 * The year's figures, computed in SQL (counts and sums in the database, one pass per section, whatever the number of
 * communes): recognitions of communes, khu dân cư and organizations against the target, models by commune, type
 * and quality, units not recognised with their reasons, dossiers by state. The rules are those of the registry's own
 * pages, written once in SQL (f_valid_in_year, f_active_at_end_of, f_new_in; see YearRules): a khu dân cư or commune
 * counts in year Y when valid in Y; a model is active at the end of Y when founded on or before 31/12/Y and not
 * dissolved by then; an organization is in the movement when it is in Y's roster.
 */
@Service
@Transactional(readOnly = true)
public class YearEndReports {

    /** Section IV with its models, per commune of the district valid in the year (or the one asked for). */
    private static final String COMMUNE_ROWS = """
            with scope as (
                select c.id, c.code, c.name, c.sort_name from commune c join district t on t.id = c.district_id
                where t.code = :district and f_valid_in_year(c.valid_from, c.valid_to, :year)
                  and (cast(:commune as text) is null or c.code = :commune)),
            areas as (
                select a.commune_id, count(*) as whole, count(d.id) filter (where d.state = 'RECOGNIZED') as part
                from residential_area a
                left join dossier d on d.residential_area_id = a.id and d.year_id = :yearId
                where a.commune_id in (select id from scope)
                  and f_valid_in_year(a.valid_from, a.valid_to, :year)
                group by a.commune_id),
            organizations as (
                select r.managing_commune_id as commune_id, count(*) as whole,
                       count(d.id) filter (where d.state = 'RECOGNIZED') as part
                from roster_entry r
                left join dossier d on d.organization_id = r.organization_id and d.year_id = r.year_id
                where r.year_id = :yearId and r.managing_commune_id in (select id from scope)
                group by r.managing_commune_id),
            models as (
                select m.commune_id,
                       count(*) filter (where f_active_at_end_of(m.founded_on, m.dissolved_on, :year)) as active,
                       count(*) filter (where f_new_in(m.founded_on, :year)) as created,
                       count(*) filter (where f_active_at_end_of(m.founded_on, m.dissolved_on, :year)
                           and q.quality = 'GOOD') as effective
                from self_managed_model m
                left join model_assessment q on q.model_id = m.id and q.year = :year
                where m.commune_id in (select id from scope)
                group by m.commune_id)
            select s.code, s.name, coalesce(a.part, 0) as areas_part, coalesce(a.whole, 0) as areas_whole,
                   coalesce(o.part, 0) as organizations_part, coalesce(o.whole, 0) as organizations_whole,
                   coalesce(m.active, 0) as active, coalesce(m.created, 0) as created,
                   coalesce(m.effective, 0) as effective, d.state, d.conclusion_met
            from scope s
            left join areas a on a.commune_id = s.id
            left join organizations o on o.commune_id = s.id
            left join models m on m.commune_id = s.id
            left join dossier d on d.commune_id = s.id and d.year_id = :yearId
            order by s.sort_name collate "vi_natural", s.code""";

    /** The roster's organizations by kind; in a commune's report, those its police manage. */
    private static final String ORGANIZATION_KINDS = """
            select o.kind, count(*) as whole, count(d.id) filter (where d.state = 'RECOGNIZED') as part,
                   count(*) filter (where r.managing_commune_id is null) as town_whole,
                   count(d.id) filter (where d.state = 'RECOGNIZED' and r.managing_commune_id is null) as town_part
            from roster_entry r join organization o on o.id = r.organization_id
            left join dossier d on d.organization_id = r.organization_id and d.year_id = r.year_id
            left join commune m on m.id = r.managing_commune_id
            where r.year_id = :yearId and (cast(:commune as text) is null or m.code = :commune)
              and o.commune_id in (select c.id from commune c where c.district_id = (select t.id from district t where t.code = :district))
            group by o.kind""";

    private static final String MODEL_TYPES = """
            select t.name,
                   count(m.id) filter (where f_active_at_end_of(m.founded_on, m.dissolved_on, :year)) as active,
                   count(m.id) filter (where f_new_in(m.founded_on, :year)) as created
            from self_managed_model m join model_type t on t.id = m.type_id join commune c on c.id = m.commune_id
            join district d on d.id = c.district_id
            where d.code = :district and (cast(:commune as text) is null or c.code = :commune)
            group by t.id, t.name, t.position
            having count(m.id) filter (where f_active_at_end_of(m.founded_on, m.dissolved_on, :year)) > 0
                or count(m.id) filter (where f_new_in(m.founded_on, :year)) > 0
            order by t.position, t.name""";

    private static final String QUALITIES = """
            select coalesce(q.quality, 'NONE') as quality, count(*) as count
            from self_managed_model m join commune c on c.id = m.commune_id join district d on d.id = c.district_id
            left join model_assessment q on q.model_id = m.id and q.year = :year
            where d.code = :district and (cast(:commune as text) is null or c.code = :commune)
              and f_active_at_end_of(m.founded_on, m.dissolved_on, :year)
            group by coalesce(q.quality, 'NONE')""";

    /** Not recognised: refused, revoked, or appraised "not met"; the reason is the last one recorded. */
    private static final String UNRECOGNIZED = """
            select d.subject_kind, coalesce(a.name, c.name, o.name) as name, l.name as commune, d.state,
                   coalesce((select e.comment from dossier_event e where e.dossier_id = d.id
                             and e.action in ('REFUSE', 'REVOKE') order by e.occurred_at desc, e.id desc limit 1),
                            d.conclusion_note) as reason
            from dossier d
            join commune l on l.id = d.located_commune_id
            left join residential_area a on a.id = d.residential_area_id
            left join commune c on c.id = d.commune_id
            left join organization o on o.id = d.organization_id
            left join commune m on m.id = d.acting_commune_id
            where d.year_id = :yearId
              and (d.state in ('NOT_RECOGNIZED', 'REVOKED') or (d.state = 'APPRAISED' and d.conclusion_met = false))
              and (cast(:commune as text) is null or l.code = :commune or m.code = :commune)
              and l.district_id = (select t.id from district t where t.code = :district)
            order by l.sort_name collate "vi_natural", d.subject_kind, name""";

    private static final String STATES = """
            select d.state, count(*) as count from dossier d
            join commune l on l.id = d.located_commune_id left join commune m on m.id = d.acting_commune_id
            where d.year_id = :yearId and (cast(:commune as text) is null or l.code = :commune or m.code = :commune)
              and l.district_id = (select t.id from district t where t.code = :district)
            group by d.state""";

    /** Section III: the year's commendations, of the recipients in a commune when asked. */
    private static final String AWARD_COUNTS = """
            select i.name as issuer, c.form, count(*) filter (where c.recipient_kind <> 'INDIVIDUAL') as collectives,
                   count(*) filter (where c.recipient_kind = 'INDIVIDUAL') as individuals
            from commendation c join commendation_issuer i on i.id = c.issuer_id left join commune m on m.id = c.commune_id
            where c.year = :year and (cast(:commune as text) is null or m.code = :commune)
              and (c.commune_id is null or m.district_id = (select t.id from district t where t.code = :district))
            group by i.id, i.name, i.position, c.form order by i.position, i.name, c.form""";

    private static final String AWARDS = """
            select i.name as issuer, c.form, c.recipient_kind <> 'INDIVIDUAL' as collective,
                   case c.recipient_kind when 'COMMUNE' then m.name when 'RESIDENTIAL_AREA' then a.name
                        when 'ORGANIZATION' then o.name when 'MODEL' then s.name
                        else c.person_name || coalesce(', ' || c.person_position, '') || coalesce(', ' || c.person_unit, '')
                   end as recipient,
                   c.decision_number || coalesce(' — ' || to_char(c.decision_date, 'DD/MM/YYYY'), '') as decision
            from commendation c join commendation_issuer i on i.id = c.issuer_id
            left join commune m on m.id = c.commune_id
            left join residential_area a on a.id = c.residential_area_id
            left join organization o on o.id = c.organization_id
            left join self_managed_model s on s.id = c.model_id
            where c.year = :year and (cast(:commune as text) is null or m.code = :commune)
              and (c.commune_id is null or m.district_id = (select t.id from district t where t.code = :district))
            order by i.position, i.name, c.form, collective desc, recipient""";

    /** The models founded in the year, with their type and commune. */
    private static final String NEW_MODELS = """
            select m.name, t.name as type, c.name as commune
            from self_managed_model m join model_type t on t.id = m.type_id join commune c on c.id = m.commune_id
            join district d on d.id = c.district_id
            where d.code = :district and (cast(:commune as text) is null or c.code = :commune)
              and f_new_in(m.founded_on, :year)
            order by c.sort_name collate "vi_natural", m.name collate "vi_natural\"""";

    /** The decisions that recognised the year's units: the app's own, or those recorded with imported results. */
    private static final String DECISIONS = """
            select number, to_char(signed_on, 'DD/MM/YYYY') as signed_on, body, subject_kind, count
            from (select coalesce(r.number, d.imported_decision_number) as number,
                         coalesce(r.signed_on, d.imported_decision_date) as signed_on, b.name as body,
                         d.subject_kind, count(*) as count
                  from dossier d
                  left join recognition_decision r on r.id = d.decision_id
                  left join issuing_body b on b.id = r.issuing_body_id
                  join commune l on l.id = d.located_commune_id
                  left join commune m on m.id = d.acting_commune_id
                  where d.year_id = :yearId and d.state = 'RECOGNIZED'
                    and coalesce(r.number, d.imported_decision_number) is not null
                    and (cast(:commune as text) is null or l.code = :commune or m.code = :commune)
                    and l.district_id = (select t.id from district t where t.code = :district)
                  group by 1, 2, 3, 4) cited
            order by signed_on nulls last, number, subject_kind""";

    /** The Ngày hội and the Hội nghị tổng kết of the year: the town's own and its communes'. */
    private static final String EVENTS = """
            select e.kind, c.name as commune, to_char(e.held_on, 'DD/MM/YYYY') as held_on, e.place, e.model_site,
                   e.participants
            from movement_event e left join commune c on c.id = e.commune_id
            where e.year = :year
              and (e.commune_id is null
                   or c.district_id = (select t.id from district t where t.code = :district))
              and (cast(:commune as text) is null or c.code = :commune)
            order by e.kind, e.model_site desc, e.held_on, c.sort_name collate "vi_natural\"""";

    /**
     * A commune's own khu dân cư and the organizations its police manage (by their kind: AGENCY, ENTERPRISE,
     * SCHOOL), with their dossier of the year.
     */
    private static final String UNITS = """
            select * from (
                select 'RESIDENTIAL_AREA' as kind, a.name, d.state, d.conclusion_met
                from residential_area a join commune c on c.id = a.commune_id
                left join dossier d on d.residential_area_id = a.id and d.year_id = :yearId
                where c.code = :commune and f_valid_in_year(a.valid_from, a.valid_to, :year)
                union all
                select o.kind, o.name, d.state, d.conclusion_met
                from roster_entry r join organization o on o.id = r.organization_id
                join commune m on m.id = r.managing_commune_id
                left join dossier d on d.organization_id = r.organization_id and d.year_id = r.year_id
                where r.year_id = :yearId and m.code = :commune) units
            order by kind desc, name collate "vi_natural\"""";

    private static final List<String> KINDS = List.of("AGENCY", "ENTERPRISE", "SCHOOL");
    private static final List<String> QUALITY_ORDER = List.of("GOOD", "FAIR", "AVERAGE", "WEAK", "NONE");

    /** Scope of the district's own row in {@code year_figures}; a commune's row carries its code. */
    private static final String DISTRICT_SCOPE = "";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String district;
    private final KnownYears years;

    YearEndReports(JdbcClient jdbc, JsonMapper json, Clock clock, @Value("${antt.district-code}") String district,
                   KnownYears years) {
        this.years = years;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.district = district;
    }

    /**
     * The year's figures for the district, or for one commune (its code); not found when the year was not opened.
     * A closed year's are those kept when it was closed (docs/adr/0003-closed-years-are-frozen.md).
     */
    public YearEndFigures figures(int year, String communeCode) {
        return figures(year, communeCode, evaluationYear(year));
    }

    private YearEndFigures figures(int year, String communeCode, Map<String, Object> evaluationYear) {
        if ("CLOSED".equals(evaluationYear.get("state"))) {
            Optional<YearEndFigures> kept = kept(((Number) evaluationYear.get("id")).longValue(), communeCode);
            if (kept.isPresent()) {
                return kept.get();
            }
            if (communeCode != null && kept(((Number) evaluationYear.get("id")).longValue(), null).isPresent()) {
                // the commune did not count in the year when it was closed
                throw new NotFoundException();
            }
        }
        return compute(year, communeCode, evaluationYear, true);
    }

    /**
     * The figures the dashboard and a commune's page show (counters, charts, one line a commune), or empty when the
     * year is not an evaluation year: a closed year's kept figures, else only the sections those pages show, computed
     * now (three statements instead of a dozen; the year-end report itself uses {@link #figures}).
     */
    public Optional<YearEndFigures> overview(int year, String communeCode) {
        Optional<Map<String, Object>> evaluationYear = findEvaluationYear(year);
        if (evaluationYear.isEmpty()) {
            return Optional.empty();
        }
        if ("CLOSED".equals(evaluationYear.get().get("state"))) {
            return Optional.of(figures(year, communeCode, evaluationYear.get()));
        }
        return Optional.of(compute(year, communeCode, evaluationYear.get(), false));
    }

    /**
     * Keeps the closed year's figures as they are now, for the district and each of its communes; replaces what was
     * kept before (an import of earlier results restates a year).
     */
    @Transactional
    public void keep(int year) {
        Map<String, Object> evaluationYear = evaluationYear(year);
        long yearId = ((Number) evaluationYear.get("id")).longValue();
        YearEndFigures whole = compute(year, null, evaluationYear, true);
        store(yearId, DISTRICT_SCOPE, whole);
        for (CommuneRow row : whole.communeRows()) {
            store(yearId, row.code(), compute(year, row.code(), evaluationYear, true));
        }
    }

    /**
     * Section III of a closed year again from its commendations (recorded, changed or deleted after closing by the
     * steering committee), leaving every other kept figure as it was.
     */
    @Transactional
    public void keepAwards(int year) {
        Map<String, Object> evaluationYear = evaluationYear(year);
        long yearId = ((Number) evaluationYear.get("id")).longValue();
        List<String> scopes = jdbc.sql("select scope from year_figures where year_id = :yearId")
                .param("yearId", yearId).query(String.class).list();
        for (String scope : scopes) {
            String communeCode = scope.isEmpty() ? null : scope;
            YearEndFigures before = kept(yearId, communeCode).orElseThrow();
            Map<String, Object> params = params(year, yearId, communeCode);
            store(yearId, scope, before.withAwards(awardCounts(params), awards(params)));
        }
    }

    /** Whether the closed year's figures were kept. */
    public boolean isKept(int year) {
        return jdbc.sql("""
                        select count(*) from year_figures f join evaluation_year y on y.id = f.year_id
                        where y.year = :year and f.scope = ''""")
                .param("year", year).query(Long.class).single() > 0;
    }

    private Optional<YearEndFigures> kept(long yearId, String communeCode) {
        return jdbc.sql("select figures from year_figures where year_id = :yearId and scope = :scope")
                .param("yearId", yearId).param("scope", communeCode == null ? DISTRICT_SCOPE : communeCode)
                .query(String.class).optional().map(text -> json.readValue(text, YearEndFigures.class));
    }

    private void store(long yearId, String scope, YearEndFigures figures) {
        jdbc.sql("""
                        insert into year_figures (year_id, scope, figures, frozen_at)
                        values (:yearId, :scope, cast(:figures as jsonb), :at)
                        on conflict (year_id, scope) do update set figures = excluded.figures,
                            frozen_at = excluded.frozen_at""")
                .param("yearId", yearId).param("scope", scope).param("figures", json.writeValueAsString(figures))
                .param("at", Timestamp.from(clock.instant())).update();
    }

    private Map<String, Object> evaluationYear(int year) {
        return findEvaluationYear(year).orElseThrow(NotFoundException::new);
    }

    /** The year's id, state and target, from the years kept in memory (no statement on most pages). */
    private Optional<Map<String, Object>> findEvaluationYear(int year) {
        return years.find(year).map(found -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", found.id());
            row.put("target_pct", found.targetPct());
            row.put("state", found.state().name());
            return row;
        });
    }

    private String districtName() {
        return jdbc.sql("select name from district where code = :district").param("district", district)
                .query(String.class).optional().orElseThrow(NotFoundException::new);
    }

    /**
     * The year's figures from the registry and the dossiers as they are now; without {@code full}, only the communes'
     * lines, the organizations by kind and the dossiers by state (what the overview pages show), the rest left empty.
     */
    private YearEndFigures compute(int year, String communeCode, Map<String, Object> evaluationYear, boolean full) {
        long yearId = ((Number) evaluationYear.get("id")).longValue();

        List<CommuneRow> rows = jdbc.sql(COMMUNE_ROWS).params(params(year, yearId, communeCode))
                .query(YearEndReports::communeRow).list();
        if (communeCode != null && rows.isEmpty()) {
            throw new NotFoundException();
        }
        Share communes = new Share(rows.stream().filter(r -> "RECOGNIZED".equals(r.state())).count(), rows.size());
        Share areas = rows.stream().map(CommuneRow::areas).reduce(new Share(0, 0), Share::plus);
        Models models = rows.stream().map(CommuneRow::models).reduce(new Models(0, 0, 0),
                (a, b) -> new Models(a.active() + b.active(), a.created() + b.created(),
                        a.effective() + b.effective()));

        List<KindShare> kinds = new ArrayList<>();
        Share organizations = new Share(0, 0);
        Share town = new Share(0, 0);
        List<Map<String, Object>> byKind = jdbc.sql(ORGANIZATION_KINDS).params(params(year, yearId, communeCode))
                .query().listOfRows();
        for (String kind : KINDS) {
            Optional<Map<String, Object>> row = byKind.stream().filter(r -> kind.equals(r.get("kind"))).findFirst();
            Share share = row.map(r -> new Share(number(r, "part"), number(r, "whole"))).orElse(new Share(0, 0));
            kinds.add(new KindShare(kind, share));
            organizations = organizations.plus(share);
            town = town.plus(row.map(r -> new Share(number(r, "town_part"), number(r, "town_whole")))
                    .orElse(new Share(0, 0)));
        }

        List<StateCount> states = jdbc.sql(STATES).params(params(year, yearId, communeCode))
                .query((rs, n) -> new StateCount(rs.getString("state"), rs.getLong("count"))).list();
        String scopeName = communeCode == null ? districtName() : rows.get(0).name();
        if (!full) {
            return new YearEndFigures(year, scopeName, communeCode, (BigDecimal) evaluationYear.get("target_pct"),
                    "CLOSED".equals(evaluationYear.get("state")), communes, areas, organizations, kinds,
                    communeCode == null ? town : new Share(0, 0), models, List.of(), List.of(), rows, List.of(),
                    states, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }
        List<TypeRow> types = jdbc.sql(MODEL_TYPES).params(params(year, yearId, communeCode))
                .query((rs, n) -> new TypeRow(rs.getString("name"), rs.getLong("active"), rs.getLong("created")))
                .list();
        Map<String, Long> qualityCounts = new HashMap<>();
        jdbc.sql(QUALITIES).params(params(year, yearId, communeCode)).query()
                .listOfRows().forEach(r -> qualityCounts.put((String) r.get("quality"), number(r, "count")));
        List<QualityRow> qualities = QUALITY_ORDER.stream()
                .map(q -> new QualityRow(q, qualityCounts.getOrDefault(q, 0L))).toList();
        List<Unrecognized> unrecognized = jdbc.sql(UNRECOGNIZED).params(params(year, yearId, communeCode))
                .query((rs, n) -> new Unrecognized(rs.getString("subject_kind"), rs.getString("name"),
                        rs.getString("commune"), rs.getString("state"), rs.getString("reason"))).list();

        List<YearEndFigures.AwardCount> awardCounts = awardCounts(params(year, yearId, communeCode));
        List<YearEndFigures.Award> awards = awards(params(year, yearId, communeCode));

        Map<String, Object> params = params(year, yearId, communeCode);
        List<YearEndFigures.NewModel> newModels = jdbc.sql(NEW_MODELS).params(params)
                .query((rs, n) -> new YearEndFigures.NewModel(rs.getString("name"), rs.getString("type"),
                        rs.getString("commune"))).list();
        List<YearEndFigures.DecisionRef> decisions = jdbc.sql(DECISIONS).params(params)
                .query((rs, n) -> new YearEndFigures.DecisionRef(rs.getString("number"), rs.getString("signed_on"),
                        rs.getString("body"), rs.getString("subject_kind"), rs.getLong("count"))).list();
        List<YearEndFigures.EventRow> events = jdbc.sql(EVENTS).params(params)
                .query((rs, n) -> new YearEndFigures.EventRow(rs.getString("kind"), rs.getString("commune"),
                        rs.getString("held_on"), rs.getString("place"), rs.getBoolean("model_site"),
                        (Integer) rs.getObject("participants"))).list();
        List<YearEndFigures.UnitRow> units = communeCode == null ? List.of() : jdbc.sql(UNITS).params(params)
                .query((rs, n) -> new YearEndFigures.UnitRow(rs.getString("kind"), rs.getString("name"),
                        rs.getString("state"), (Boolean) rs.getObject("conclusion_met"))).list();

        return new YearEndFigures(year, scopeName, communeCode, (BigDecimal) evaluationYear.get("target_pct"),
                "CLOSED".equals(evaluationYear.get("state")), communes, areas, organizations, kinds,
                communeCode == null ? town : new Share(0, 0), models, types, qualities, rows, unrecognized, states,
                awardCounts, awards, newModels, decisions, events, units,
                previousOf(year, communeCode).map(YearEndFigures.PreviousYear::of).orElse(null));
    }

    /**
     * The previous year's recognitions beside the figures: those computed with them (kept with a closed year), or, for
     * figures kept before they carried them, the previous year's as they are now.
     */
    public Optional<YearEndFigures.PreviousYear> previous(YearEndFigures figures) {
        if (figures.previousYear() != null) {
            return Optional.of(figures.previousYear());
        }
        return previousOf(figures.year(), figures.communeCode()).map(YearEndFigures.PreviousYear::of);
    }

    /** The previous year's figures of the scope; empty when it was not opened or the commune did not count in it. */
    private Optional<YearEndFigures> previousOf(int year, String communeCode) {
        if (!exists(year - 1)) {
            return Optional.empty();
        }
        try {
            return Optional.of(figures(year - 1, communeCode));
        }
        catch (NotFoundException notCounted) {
            return Optional.empty();
        }
    }

    private List<YearEndFigures.AwardCount> awardCounts(Map<String, Object> params) {
        return jdbc.sql(AWARD_COUNTS).params(params)
                .query((rs, n) -> new YearEndFigures.AwardCount(rs.getString("issuer"), rs.getString("form"),
                        rs.getLong("collectives"), rs.getLong("individuals"))).list();
    }

    private List<YearEndFigures.Award> awards(Map<String, Object> params) {
        return jdbc.sql(AWARDS).params(params)
                .query((rs, n) -> new YearEndFigures.Award(rs.getString("issuer"), rs.getString("form"),
                        rs.getString("recipient"), rs.getBoolean("collective"), rs.getString("decision"))).list();
    }

    /** Whether the year was opened for evaluation (the reports exist only for those). */
    public boolean exists(int year) {
        return years.find(year).isPresent();
    }

    private Map<String, Object> params(int year, long yearId, String communeCode) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("yearId", yearId);
        params.put("district", district);
        params.put("commune", communeCode);
        return params;
    }

    private static CommuneRow communeRow(ResultSet rs, int n) throws SQLException {
        return new CommuneRow(rs.getString("code"), rs.getString("name"),
                new Share(rs.getLong("areas_part"), rs.getLong("areas_whole")),
                new Share(rs.getLong("organizations_part"), rs.getLong("organizations_whole")),
                new Models(rs.getLong("active"), rs.getLong("created"), rs.getLong("effective")),
                rs.getString("state"), (Boolean) rs.getObject("conclusion_met"));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
