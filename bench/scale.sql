-- National-scale data (domain.md §8) in a scratch database of ANTT's schema, then the list and counter queries the
-- pages run, timed. Run through bench/run.sh; never against a real database.
\timing on
set client_min_messages = warning;

insert into province (code, name) select 'B' || p, 'Tỉnh thử ' || p from generate_series(1, 63) p;
insert into district (code, name, kind, province_id)
    select 'BD' || d, 'Huyện thử ' || d, 'HUYEN', (select id from province where code = 'B' || (1 + d % 63))
    from generate_series(1, 700) d;
insert into commune (code, name, kind, district_id)
    select 'BC' || c, (array['Xã ', 'Phường '])[1 + c % 2] || 'Thử Nghiệm ' || c, 'XA',
           (select id from district where code = 'BD' || (1 + c % 700))
    from generate_series(1, 10000) c;
create temporary table bench_commune as
    select id, row_number() over (order by id) as n from commune where code like 'BC%';
insert into residential_area (commune_id, name, kind, households)
    select (select id from bench_commune where n = 1 + a % 10000), 'Thôn Đông Hải ' || a, 'THON', 100 + a % 300
    from generate_series(1, 100000) a;
insert into organization (name, kind, commune_id, tax_code)
    select (array['Trường THCS ', 'Công ty TNHH Đông Phương ', 'Trạm Y tế '])[1 + o % 3] || 'số ' || o,
           (array['SCHOOL', 'ENTERPRISE', 'AGENCY'])[1 + o % 3],
           (select id from bench_commune where n = 1 + o % 10000),
           case when o % 3 = 1 then lpad((5000000000 + o)::text, 10, '0') end
    from generate_series(1, 300000) o;
insert into self_managed_model (name, type_id, commune_id, founded_on, status, status_since, dissolved_on)
    select 'Tổ tự quản Đồng Tâm ' || m, 1 + m % 19, (select id from bench_commune where n = 1 + m % 10000),
           date '2012-01-01' + (m % 4000), case when m % 20 = 0 then 'DISSOLVED' else 'ACTIVE' end,
           date '2012-01-01' + (m % 4000),
           case when m % 20 = 0 then date '2012-01-01' + (m % 4000) + 400 end
    from generate_series(1, 150000) m;
insert into model_assessment (model_id, year, quality, assessed_on)
    select id, y, (array['GOOD', 'FAIR', 'AVERAGE', 'WEAK'])[1 + (id + y) % 4], make_date(y, 12, 20)
    from self_managed_model, generate_series(2021, 2022) y where founded_on <= make_date(y, 12, 31);
analyze;

select (select count(*) from commune) communes, (select count(*) from residential_area) areas,
       (select count(*) from organization) organizations, (select count(*) from self_managed_model) models,
       (select count(*) from model_assessment) assessments;

\echo '--- organizations list: search "truong thcs", first page by name, and its count'
explain (analyze, costs off, timing off, summary on)
select o.* from organization o join commune c on c.id = o.commune_id
where o.archived_on is null and o.search_key like f_search_key('%truong thcs so 12345%')
order by o.name, o.id limit 25;
explain (analyze, costs off, timing off, summary on)
select count(*) from organization o where o.archived_on is null and o.search_key like f_search_key('%truong thcs so 12345%');

\echo '--- organizations list: one commune, first page by name'
explain (analyze, costs off, timing off, summary on)
select o.* from organization o join commune c on c.id = o.commune_id
where c.id = (select id from bench_commune where n = 4242) and o.archived_on is null order by o.name, o.id limit 25;

\echo '--- organizations list: whole country, page 400 by name'
explain (analyze, costs off, timing off, summary on)
select o.* from organization o join commune c on c.id = o.commune_id
where o.archived_on is null order by o.name, o.id offset 9975 limit 25;

\echo '--- model counters for 2022: whole country, then one commune'
explain (analyze, costs off, timing off, summary on)
select count(*) filter (where active), count(*) filter (where m.founded_on between date '2022-01-01' and date '2022-12-31'),
       count(*) filter (where active and a.quality = 'GOOD')
from self_managed_model m
left join model_assessment a on a.model_id = m.id and a.year = 2022
cross join lateral (select m.founded_on <= date '2022-12-31'
                           and (m.dissolved_on is null or m.dissolved_on > date '2022-12-31') as active) y;
explain (analyze, costs off, timing off, summary on)
select count(*) filter (where active), count(*) filter (where active and a.quality = 'GOOD')
from self_managed_model m
left join model_assessment a on a.model_id = m.id and a.year = 2022
cross join lateral (select m.founded_on <= date '2022-12-31'
                           and (m.dissolved_on is null or m.dissolved_on > date '2022-12-31') as active) y
where m.commune_id = (select id from bench_commune where n = 4242);

\echo '--- communes list: search "thu nghiem 4242"'
explain (analyze, costs off, timing off, summary on)
select c.* from commune c where f_search_key(c.name) like f_search_key('%thu nghiem 4242%') order by c.sort_name limit 50;

-- The yearly certification at national scale: one closed year with every commune, khu dân cư and organization in it
-- (the roster, 410,000 dossiers, nine in ten recognised), and commendations.
insert into evaluation_year (year, criteria_set_id, state)
    select 2022, id, 'CLOSED' from criteria_set where code = 'TT23_2012';
insert into roster_entry (year_id, organization_id, managing_commune_id)
    select (select id from evaluation_year where year = 2022), o.id, case when o.id % 4 = 0 then null else o.commune_id end
    from organization o;
insert into dossier (year_id, subject_kind, commune_id, acting_commune_id, located_commune_id, state, registered_on)
    select (select id from evaluation_year where year = 2022), 'COMMUNE', c.id, c.id, c.id,
           case when c.id % 10 = 0 then 'NOT_RECOGNIZED' else 'RECOGNIZED' end, date '2022-03-15'
    from commune c;
insert into dossier (year_id, subject_kind, residential_area_id, acting_commune_id, located_commune_id, state, registered_on)
    select (select id from evaluation_year where year = 2022), 'RESIDENTIAL_AREA', a.id, a.commune_id, a.commune_id,
           case when a.id % 10 = 0 then 'DRAFT' else 'RECOGNIZED' end, date '2022-03-15'
    from residential_area a;
insert into dossier (year_id, subject_kind, organization_id, acting_commune_id, located_commune_id, state, registered_on)
    select r.year_id, 'ORGANIZATION', r.organization_id, r.managing_commune_id, o.commune_id,
           case when o.id % 10 = 0 then 'NOT_RECOGNIZED' else 'RECOGNIZED' end, date '2022-03-15'
    from roster_entry r join organization o on o.id = r.organization_id;
insert into commendation (year, form, issuer_id, recipient_kind, commune_id)
    select 2022, 'LETTER_OF_COMMENDATION', (select id from commendation_issuer where code = 'CT_UBND_TX'), 'COMMUNE', c.id
    from commune c;
analyze;

select (select count(*) from dossier) dossiers, (select count(*) from roster_entry) roster;

\echo '--- year-end report, section IV of one district (BD42): every commune line with its areas, organizations, models'
explain (analyze, costs off, timing off, summary on)
with scope as (
    select c.id, c.code, c.name, c.sort_name from commune c join district t on t.id = c.district_id
    where t.code = 'BD42'),
areas as (
    select a.commune_id, count(*) as whole, count(d.id) filter (where d.state = 'RECOGNIZED') as part
    from residential_area a
    left join dossier d on d.residential_area_id = a.id and d.year_id = (select id from evaluation_year where year = 2022)
    where a.commune_id in (select id from scope) group by a.commune_id),
organizations as (
    select r.managing_commune_id as commune_id, count(*) as whole, count(d.id) filter (where d.state = 'RECOGNIZED') as part
    from roster_entry r left join dossier d on d.organization_id = r.organization_id and d.year_id = r.year_id
    where r.year_id = (select id from evaluation_year where year = 2022) and r.managing_commune_id in (select id from scope)
    group by r.managing_commune_id),
models as (
    select m.commune_id, count(*) filter (where m.founded_on <= date '2022-12-31'
               and (m.dissolved_on is null or m.dissolved_on > date '2022-12-31')) as active
    from self_managed_model m where m.commune_id in (select id from scope) group by m.commune_id)
select s.code, a.part, a.whole, o.part, o.whole, m.active, d.state
from scope s left join areas a on a.commune_id = s.id left join organizations o on o.commune_id = s.id
left join models m on m.commune_id = s.id
left join dossier d on d.commune_id = s.id and d.year_id = (select id from evaluation_year where year = 2022)
order by s.sort_name;

\echo '--- dossiers list: one commune, first page'
explain (analyze, costs off, timing off, summary on)
select d.* from dossier d join commune c on c.id = d.located_commune_id
where d.year_id = (select id from evaluation_year where year = 2022)
  and (d.located_commune_id = (select id from bench_commune where n = 4242)
       or d.acting_commune_id = (select id from bench_commune where n = 4242))
order by c.sort_name, d.subject_kind, d.id limit 50;

\echo '--- dossiers by state for the whole country (the dashboard of a national deployment)'
explain (analyze, costs off, timing off, summary on)
select d.state, d.subject_kind, count(*) from dossier d
where d.year_id = (select id from evaluation_year where year = 2022) group by d.state, d.subject_kind;

\echo '--- organizations list filtered by "đạt chuẩn 1 năm liên tục", first page by name'
explain (analyze, costs off, timing off, summary on)
select o.* from organization o where o.archived_on is null
  and (select count(*) from dossier d join evaluation_year y on y.id = d.year_id
       where d.organization_id = o.id and d.state = 'RECOGNIZED' and y.state = 'CLOSED'
         and y.year > (select max(z.year) from evaluation_year z where z.state = 'CLOSED') - 1) >= 1
order by o.name, o.id limit 25;

\echo '--- roster of a year, one manager commune, first page'
explain (analyze, costs off, timing off, summary on)
select r.* from roster_entry r join organization o on o.id = r.organization_id
where r.year_id = (select id from evaluation_year where year = 2022)
  and r.managing_commune_id = (select id from bench_commune where n = 4242) order by o.name limit 50;
