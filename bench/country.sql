-- The queries behind a year-end report of the whole country (issue 15: ≤ 2 s): the report's own statements
-- (YearEndReports) for 2022 with every district in scope instead of one, timed. Run by bench/bench.sh on a generated
-- database; read-only.
\timing on
\pset pager off
\set year 2022
select id as year_id from evaluation_year where year = :year \gset
\echo '--- section IV: one line a commune (10,000 lines) with its khu dân cư, organizations and models'
select count(*), sum(areas_part), sum(organizations_part), sum(active) from (
with scope as (
    select c.id, c.code, c.name, c.sort_name from commune c where f_valid_in_year(c.valid_from, c.valid_to, :year)),
areas as (
    select a.commune_id, count(*) as whole, count(d.id) filter (where d.state = 'RECOGNIZED') as part
    from residential_area a left join dossier d on d.residential_area_id = a.id and d.year_id = :year_id
    where a.commune_id in (select id from scope) and f_valid_in_year(a.valid_from, a.valid_to, :year)
    group by a.commune_id),
organizations as (
    select r.managing_commune_id as commune_id, count(*) as whole,
           count(d.id) filter (where d.state = 'RECOGNIZED') as part
    from roster_entry r left join dossier d on d.organization_id = r.organization_id and d.year_id = r.year_id
    where r.year_id = :year_id and r.managing_commune_id in (select id from scope) group by r.managing_commune_id),
models as (
    select m.commune_id, count(*) filter (where f_active_at_end_of(m.founded_on, m.dissolved_on, :year)) as active,
           count(*) filter (where f_new_in(m.founded_on, :year)) as created,
           count(*) filter (where f_active_at_end_of(m.founded_on, m.dissolved_on, :year) and q.quality = 'GOOD') as effective
    from self_managed_model m left join model_assessment q on q.model_id = m.id and q.year = :year
    where m.commune_id in (select id from scope) group by m.commune_id)
select s.code, s.name, coalesce(a.part, 0) as areas_part, coalesce(a.whole, 0) as areas_whole,
       coalesce(o.part, 0) as organizations_part, coalesce(o.whole, 0) as organizations_whole,
       coalesce(m.active, 0) as active, d.state
from scope s left join areas a on a.commune_id = s.id left join organizations o on o.commune_id = s.id
left join models m on m.commune_id = s.id left join dossier d on d.commune_id = s.id and d.year_id = :year_id
order by s.sort_name collate "vi_natural", s.code) lines;
\echo '--- organizations by kind'
select o.kind, count(*) as whole, count(d.id) filter (where d.state = 'RECOGNIZED') as part
from roster_entry r join organization o on o.id = r.organization_id
left join dossier d on d.organization_id = r.organization_id and d.year_id = r.year_id
where r.year_id = :year_id group by o.kind;
\echo '--- dossiers by state'
select d.state, count(*) from dossier d where d.year_id = :year_id group by d.state;
\echo '--- models by type and by quality'
select t.name, count(m.id) filter (where f_active_at_end_of(m.founded_on, m.dissolved_on, :year)) as active
from self_managed_model m join model_type t on t.id = m.type_id group by t.id, t.name order by t.name;
select coalesce(q.quality, 'NONE'), count(*) from self_managed_model m
left join model_assessment q on q.model_id = m.id and q.year = :year
where f_active_at_end_of(m.founded_on, m.dissolved_on, :year) group by 1;
\echo '--- units not recognised, with the last reason (count only)'
select count(*) from (
select d.id, coalesce((select e.comment from dossier_event e where e.dossier_id = d.id and e.action in ('REFUSE', 'REVOKE')
                       order by e.occurred_at desc, e.id desc limit 1), d.conclusion_note) as reason
from dossier d where d.year_id = :year_id
  and (d.state in ('NOT_RECOGNIZED', 'REVOKED') or (d.state = 'APPRAISED' and d.conclusion_met = false))) u;
\echo '--- decisions cited'
select count(*) from (
select coalesce(r.number, d.imported_decision_number), r.issuing_body_id, d.subject_kind, count(*)
from dossier d left join recognition_decision r on r.id = d.decision_id
where d.year_id = :year_id and d.state = 'RECOGNIZED' and coalesce(r.number, d.imported_decision_number) is not null
group by 1, 2, 3) cited;
