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
