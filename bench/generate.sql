-- A country-sized registry around the demo district, by bulk load (issue 15 §3). Run through bench/generate.sh, which
-- passes :communes (10000 national, 160 province, 30 district) and runs this on a database the app has migrated with
-- its demo data; the demo district (thị xã Ninh Hòa, code 572), its records and its users stay as they are.
--
-- Per generated commune: 10 khu dân cư, 30 organizations, 15 models. Ten evaluation years (2014-2018 added, closed,
-- beside the demo's 2019-2023) with, for every generated commune, khu dân cư and organization, a roster entry and a
-- dossier each year, its history (dossier_event), its documents' metadata (dossier_attachment, a 1 KB placeholder
-- content each) and the districts' recognition decisions. Secondary indexes of the big tables are dropped during the
-- load and built again after it; foreign keys are not checked row by row (session_replication_role = replica): the
-- rows are generated consistent.
\set ON_ERROR_STOP on
\timing on
set client_min_messages = warning;
set session_replication_role = replica;
set synchronous_commit = off;
set maintenance_work_mem = '256MB';
set work_mem = '64MB';

select :communes as communes, greatest(1, :communes / 14) as districts, greatest(1, :communes / 160) as provinces \gset

-- the secondary indexes of the tables filled in bulk, kept to be built again after the load
create temporary table bench_index as
    select i.schemaname, i.tablename, i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = 'public'
      and i.tablename in ('residential_area', 'organization', 'self_managed_model', 'model_assessment', 'roster_entry',
                          'dossier', 'dossier_event', 'dossier_attachment')
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
do $$ declare r record; begin
    for r in select indexname from bench_index loop execute 'drop index ' || quote_ident(r.indexname); end loop;
end $$;

-- territory: provinces, districts (one issuing body each), communes
insert into province (code, name) select 'B' || p, 'Tỉnh Thử Nghiệm ' || p from generate_series(1, :provinces) p;
insert into district (code, name, kind, province_id)
    select 'BD' || d, 'Huyện Thử Nghiệm ' || d, 'HUYEN', p.id
    from generate_series(1, :districts) d join province p on p.code = 'B' || (1 + d % :provinces);
insert into issuing_body (code, name, header_name, place_name, signer_title, recipients)
    select 'UBND_' || t.code, 'Ủy ban nhân dân ' || lower(left(t.name, 1)) || substr(t.name, 2),
           'ỦY BAN NHÂN DÂN ' || upper(t.name), t.name, 'CHỦ TỊCH', 'Lưu: VT.'
    from district t where t.code like 'BD%';
insert into commune (code, name, kind, district_id)
    select 'BC' || c, (array['Xã ', 'Phường '])[1 + c % 2] || 'Thử Nghiệm ' || c,
           (array['XA', 'PHUONG'])[1 + c % 2], t.id
    from generate_series(1, :communes) c join district t on t.code = 'BD' || (1 + c % :districts);
create temporary table bench_commune as
    select c.id, c.district_id, row_number() over (order by c.id) as n from commune c where c.code like 'BC%';
create unique index on bench_commune (n);
analyze bench_commune;

-- the registry
insert into residential_area (commune_id, name, kind, households)
    select c.id, (array['Thôn Đông Hải ', 'Tổ dân phố Bắc Sơn ', 'Khu phố Tân Phú '])[1 + a % 3] || a,
           (array['THON', 'TO_DAN_PHO', 'KHU_PHO'])[1 + a % 3], 100 + a % 300
    from generate_series(1, :communes * 10) a join bench_commune c on c.n = 1 + a % :communes;
insert into organization (name, kind, commune_id, tax_code)
    select (array['Trường THCS Nguyễn Trãi ', 'Công ty TNHH Đông Phương ', 'Trạm Y tế '])[1 + o % 3] || 'số ' || o,
           (array['SCHOOL', 'ENTERPRISE', 'AGENCY'])[1 + o % 3], c.id,
           case when o % 3 = 1 then lpad((5000000000 + o)::text, 10, '0') end
    from generate_series(1, :communes * 30) o join bench_commune c on c.n = 1 + o % :communes;
insert into self_managed_model (name, type_id, commune_id, founded_on, status, status_since, dissolved_on)
    select 'Tổ tự quản Đồng Tâm ' || m, t.id, c.id, date '2012-01-01' + (m % 4000),
           case when m % 20 = 0 then 'DISSOLVED' else 'ACTIVE' end, date '2012-01-01' + (m % 4000),
           case when m % 20 = 0 then date '2012-01-01' + (m % 4000) + 400 end
    from generate_series(1, :communes * 15) m join bench_commune c on c.n = 1 + m % :communes
    join (select id, row_number() over (order by id) - 1 as k, count(*) over () as types from model_type) t
        on t.k = m % t.types;
insert into model_assessment (model_id, year, quality, assessed_on)
    select m.id, y, (array['GOOD', 'FAIR', 'AVERAGE', 'WEAK'])[1 + (m.id + y) % 4], make_date(y, 12, 20)
    from self_managed_model m join bench_commune c on c.id = m.commune_id, generate_series(2014, 2023) y
    where m.founded_on <= make_date(y, 12, 31) and (m.dissolved_on is null or m.dissolved_on > make_date(y, 12, 31));

-- ten evaluation years: the demo's 2019-2023 and 2014-2018 before them, closed, judged under Thông tư 23/2012
insert into evaluation_year (year, criteria_set_id, state, target_pct, closed_at, closed_by)
    select y, s.id, 'CLOSED', 95, make_timestamptz(y + 1, 1, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh'), 'bcd'
    from generate_series(2014, 2018) y cross join criteria_set s where s.code = 'TT23_2012'
    on conflict (year) do nothing;
create temporary table bench_year as
    select id, year, state = 'CLOSED' as closed from evaluation_year where year between 2014 and 2023;

-- each generated district's two decisions a year (communes and khu dân cư; organizations), issued in December
insert into recognition_decision (year_id, issuing_body_id, number, signed_on, signer_name, signer_title, proposal,
                                  state, created_by, updated_by)
    select y.id, b.id, (100 + k) || '/QĐ-UBND', make_date(y.year, 12, 20), 'Nguyễn Văn Thử', 'CHỦ TỊCH',
           'Tờ trình của Công an huyện', 'ISSUED', 'bench', 'bench'
    from bench_year y cross join issuing_body b cross join generate_series(1, 2) k
    where b.code like 'UBND_BD%' and y.closed;
create temporary table bench_decision as
    select d.id, d.year_id, t.id as district_id, d.number = '101/QĐ-UBND' as for_communes
    from recognition_decision d join issuing_body b on b.id = d.issuing_body_id
    join district t on 'UBND_' || t.code = b.code where b.code like 'UBND_BD%';

-- the rosters (one organization in four managed by the district police) and the dossiers: in a closed year nine in
-- ten recognised; in the open year, a mix of every step. 2014-2018, years before the app, hold imported results with
-- their subjects' names kept, as closing a year keeps them: the app's first start keeps these years' figures without
-- visiting each dossier (it would recompute every never-appraised dossier of the database)
insert into roster_entry (year_id, organization_id, managing_commune_id, basis, created_by, updated_by)
    select y.id, o.id, case when o.id % 4 = 0 then null else o.commune_id end, 'Quyết định của Ban Chỉ đạo huyện',
           'bench', 'bench'
    from bench_year y cross join organization o join bench_commune c on c.id = o.commune_id;

create function pg_temp.bench_state(closed boolean, n bigint) returns varchar language sql immutable as $$
    select case when closed then case when n % 10 = 0 then 'NOT_RECOGNIZED' else 'RECOGNIZED' end
                else (array['DRAFT', 'SUBMITTED', 'SUBMITTED', 'APPRAISED', 'RETURNED'])[1 + n % 5] end $$;

insert into dossier (year_id, subject_kind, commune_id, acting_commune_id, located_commune_id, state, registered_on,
                     submitted_at, appraised_at, conclusion_met, decision_id, created_by, updated_by,
                     imported, subject_name, place_name, subject_address)
    select y.id, 'COMMUNE', c.id, c.id, c.id, s.state, make_date(y.year, 3, 15),
           case when s.state <> 'DRAFT' then make_timestamptz(y.year, 11, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh') end,
           case when s.state not in ('DRAFT', 'SUBMITTED') then make_timestamptz(y.year, 11, 25, 9, 0, 0, 'Asia/Ho_Chi_Minh') end,
           case when s.state not in ('DRAFT', 'SUBMITTED') then s.state <> 'NOT_RECOGNIZED' end,
           case when s.state = 'RECOGNIZED' then dec.id end, 'bench', 'bench',
           y.year < 2019, case when y.year < 2019 then n.name end, case when y.year < 2019 then n.name end,
           case when y.year < 2019 then n.name end
    from bench_year y cross join bench_commune c join commune n on n.id = c.id
    cross join lateral (select pg_temp.bench_state(y.closed, c.id + y.year) as state) s
    left join bench_decision dec on dec.year_id = y.id and dec.district_id = c.district_id and dec.for_communes;
insert into dossier (year_id, subject_kind, residential_area_id, acting_commune_id, located_commune_id, state,
                     registered_on, submitted_at, appraised_at, conclusion_met, created_by, updated_by,
                     imported, subject_name, place_name, subject_address)
    select y.id, 'RESIDENTIAL_AREA', a.id, a.commune_id, a.commune_id, s.state, make_date(y.year, 3, 15),
           case when s.state <> 'DRAFT' then make_timestamptz(y.year, 10, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh') end,
           case when s.state not in ('DRAFT', 'SUBMITTED') then make_timestamptz(y.year, 10, 25, 9, 0, 0, 'Asia/Ho_Chi_Minh') end,
           case when s.state not in ('DRAFT', 'SUBMITTED') then s.state <> 'NOT_RECOGNIZED' end, 'bench', 'bench',
           y.year < 2019, case when y.year < 2019 then a.name end, case when y.year < 2019 then n.name end,
           case when y.year < 2019 then n.name end
    from bench_year y cross join residential_area a join bench_commune c on c.id = a.commune_id
    join commune n on n.id = c.id
    cross join lateral (select pg_temp.bench_state(y.closed, a.id + y.year) as state) s;
insert into dossier (year_id, subject_kind, organization_id, acting_commune_id, located_commune_id, state,
                     registered_on, submitted_at, appraised_at, conclusion_met, decision_id, created_by, updated_by,
                     imported, subject_name, place_name, subject_address, organization_kind)
    select y.id, 'ORGANIZATION', o.id, r.managing_commune_id, o.commune_id, s.state, make_date(y.year, 3, 15),
           case when s.state <> 'DRAFT' then make_timestamptz(y.year, 11, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh') end,
           case when s.state not in ('DRAFT', 'SUBMITTED') then make_timestamptz(y.year, 11, 25, 9, 0, 0, 'Asia/Ho_Chi_Minh') end,
           case when s.state not in ('DRAFT', 'SUBMITTED') then s.state <> 'NOT_RECOGNIZED' end,
           case when s.state = 'RECOGNIZED' then dec.id end, 'bench', 'bench',
           y.year < 2019, case when y.year < 2019 then o.name end, case when y.year < 2019 then n.name end,
           case when y.year < 2019 then coalesce(o.address, n.name) end, case when y.year < 2019 then o.kind end
    from bench_year y join roster_entry r on r.year_id = y.id join organization o on o.id = r.organization_id
    join bench_commune c on c.id = o.commune_id join commune n on n.id = c.id
    cross join lateral (select pg_temp.bench_state(y.closed, o.id + y.year) as state) s
    left join bench_decision dec on dec.year_id = y.id and dec.district_id = c.district_id and not dec.for_communes;

-- their history: each step taken (sent, returned or appraised, decided)
insert into dossier_event (dossier_id, action, from_state, to_state, actor, occurred_at, comment)
    select d.id, e.action, e.from_state, e.to_state, 'bench', e.at, e.comment
    from dossier d join bench_year y on y.id = d.year_id
    cross join lateral (values
        ('SUBMIT', 'DRAFT', 'SUBMITTED', d.submitted_at, null::varchar, d.state <> 'DRAFT'),
        ('RETURN', 'SUBMITTED', 'RETURNED', d.submitted_at + interval '5 days', 'Bổ sung biên bản họp xét.',
            d.state = 'RETURNED'),
        ('APPRAISE', 'SUBMITTED', 'APPRAISED', d.appraised_at, 'Đạt đủ các tiêu chí.', d.appraised_at is not null),
        (case when d.state = 'RECOGNIZED' then 'RECOGNIZE' else 'REFUSE' end, 'APPRAISED', d.state,
            d.appraised_at + interval '20 days', 'Quyết định của Chủ tịch UBND',
            d.state in ('RECOGNIZED', 'NOT_RECOGNIZED')))
        as e (action, from_state, to_state, at, comment, happened)
    where d.created_by = 'bench' and e.happened;

-- the documents sent with them (their metadata; the content is a 1 KB placeholder)
insert into dossier_attachment (dossier_id, kind, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
    select d.id, a.kind, a.file_name, 'application/pdf', 1024, p.content, 'bench', d.submitted_at - interval '1 day'
    from dossier d
    cross join (values ('BIEN_BAN', 'Biên bản họp xét.pdf', true), ('TO_TRINH', 'Tờ trình đề nghị công nhận.pdf', false))
        as a (kind, file_name, for_areas)
    cross join (select convert_to(rpad('%PDF-1.4 ', 1024, '.'), 'UTF8') as content) p
    where d.created_by = 'bench' and d.state <> 'DRAFT' and (a.for_areas or d.subject_kind <> 'RESIDENTIAL_AREA');

insert into commendation (year, form, issuer_id, recipient_kind, commune_id)
    select y, 'LETTER_OF_COMMENDATION', (select id from commendation_issuer order by id limit 1), 'COMMUNE', c.id
    from bench_commune c cross join generate_series(2014, 2022) y where (c.n + y) % 5 = 0;

-- the indexes again, then the planner's statistics
set maintenance_work_mem = '512MB';
do $$ declare r record; begin
    for r in select indexdef from bench_index loop execute r.indexdef; end loop;
end $$;
reset session_replication_role;
vacuum analyze;

select (select count(*) from commune) communes, (select count(*) from residential_area) areas,
       (select count(*) from organization) organizations, (select count(*) from self_managed_model) models,
       (select count(*) from evaluation_year) years, (select count(*) from dossier) dossiers,
       (select count(*) from dossier_event) events, (select count(*) from dossier_attachment) attachments,
       (select count(*) from recognition_decision) decisions,
       pg_size_pretty(pg_database_size(current_database())) as size;
