-- Demo certification records (invented sample data, loaded only with antt.demo-data), as demo-2022.md describes:
--  * the roster of every year 2019-2023: the 54 organizations, one in four managed by Công an thị xã;
--  * 2019-2021: results imported from earlier records (communes and organizations, with their decisions);
--  * 2022 (closed): every khu dân cư, commune and organization recognised, with criteria, documents, history and the
--    town's two decisions;
--  * 2023 (open): every state. Phường Ninh Thủy has 6 of its 10 khu dân cư recognised and a 7th appraised, waiting
--    for the commune's decision, so that its 70% rule flips when its officer records it. Some communes have no 2023
--    dossier yet (Ninh Hiệp, Ninh Sơn, Ninh Tây, Ninh Thượng, Ninh Thọ, Ninh Trung, Ninh Sim, Ninh Xuân, Ninh Thân,
--    Ninh Lộc, Ninh Ích, Ninh Vân): "Lập hồ sơ" creates them.

create temp table demo_subject (
    year        int,
    kind        varchar(20),
    area_id     bigint,
    commune_id  bigint,
    org_id      bigint,
    acting_id   bigint,
    located_id  bigint,
    state       varchar(20),
    met         boolean,
    preparer    varchar(50),
    appraiser   varchar(50),
    decision    varchar(20),
    comment     varchar(500)
) on commit drop;

-- when each step of a demo dossier happened: 1 submitted, 2 appraised (or returned), 3 recognised, 4 revoked
create function pg_temp.demo_step(y int, kind varchar, decision varchar, step int) returns timestamptz
    language sql immutable as $$
    select case
        when decision = 'D2023' then
            case when step < 4 then make_timestamptz(y, 3, 1 + step * 4, 9, 0, 0, 'Asia/Ho_Chi_Minh')
                 else make_timestamptz(y, 6, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh') end
        when kind = 'RESIDENTIAL_AREA' then make_timestamptz(y, 10, 1 + step * 5, 8, 30, 0, 'Asia/Ho_Chi_Minh')
        when step = 3 then make_timestamptz(y, 12, 20, 15, 0, 0, 'Asia/Ho_Chi_Minh')
        else make_timestamptz(y, 11, step * 10, 14, 0, 0, 'Asia/Ho_Chi_Minh')
    end
$$;

-- the roster: one organization in four (by id) managed by the town police, the others by their commune's police
insert into roster_entry (year_id, organization_id, managing_commune_id, basis, created_by, updated_by)
    select y.id, o.id, case when o.rn % 4 = 0 then null else o.commune_id end,
           'Quyết định số ' || (y.year - 2000) || '/QĐ-BCĐ ngày 15/01/' || y.year || ' của Ban Chỉ đạo thị xã', 'bcd', 'bcd'
    from evaluation_year y
    cross join (select id, commune_id, row_number() over (order by id) as rn from organization) o
    where y.year between 2019 and 2023;

-- 2019-2021: imported results, communes and organizations all recognised except two organizations in 2019
insert into recognition_decision (year_id, issuing_body_id, number, signed_on, signer_name, signer_title, proposal,
                                  state, created_by, updated_by)
    select y.id, b.id, (2500 + y.year - 2019) || '/QĐ-UBND', make_date(y.year, 12, 20), 'Nguyễn Hữu Hòa', 'CHỦ TỊCH',
           'Tờ trình của Công an thị xã (nhập từ dữ liệu cũ)', 'ISSUED', 'bcd', 'bcd'
    from evaluation_year y, issuing_body b
    where y.year between 2019 and 2021 and b.code = 'UBND_TX';

insert into dossier (year_id, subject_kind, commune_id, acting_commune_id, located_commune_id, state, imported,
                     imported_decision_number, imported_decision_date, created_by, updated_by)
    select y.id, 'COMMUNE', c.id, c.id, c.id, 'RECOGNIZED', true, (2500 + y.year - 2019) || '/QĐ-UBND',
           make_date(y.year, 12, 20), 'bcd', 'bcd'
    from evaluation_year y cross join commune c join district d on d.id = c.district_id
    where y.year between 2019 and 2021 and d.code = '572';

insert into dossier (year_id, subject_kind, organization_id, acting_commune_id, located_commune_id, state, imported,
                     imported_decision_number, imported_decision_date, created_by, updated_by)
    select y.id, 'ORGANIZATION', r.organization_id, r.managing_commune_id, o.commune_id,
           case when y.year = 2019 and o.rn in (5, 17) then 'NOT_RECOGNIZED' else 'RECOGNIZED' end, true,
           case when y.year = 2019 and o.rn in (5, 17) then null else (2500 + y.year - 2019) || '/QĐ-UBND' end,
           case when y.year = 2019 and o.rn in (5, 17) then null else make_date(y.year, 12, 20) end, 'bcd', 'bcd'
    from evaluation_year y
    join roster_entry r on r.year_id = y.id
    join (select id, commune_id, row_number() over (order by id) as rn from organization) o on o.id = r.organization_id
    where y.year between 2019 and 2021;

insert into dossier_event (dossier_id, action, from_state, to_state, actor, occurred_at, comment)
    select d.id, 'IMPORT', null, d.state, 'bcd', make_timestamptz(y.year + 1, 1, 5, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
           'Nhập từ dữ liệu cũ' || coalesce(': Quyết định số ' || d.imported_decision_number || ' ngày '
                                            || to_char(d.imported_decision_date, 'DD/MM/YYYY'), '')
    from dossier d join evaluation_year y on y.id = d.year_id
    where d.imported;

-- 2022: everything recognised
insert into demo_subject (year, kind, area_id, acting_id, located_id, state, met, preparer, appraiser, decision)
    select 2022, 'RESIDENTIAL_AREA', a.id, a.commune_id, a.commune_id, 'RECOGNIZED', true, u.username, u.username, 'AREA'
    from residential_area a join user_account u on u.commune_id = a.commune_id;

insert into demo_subject (year, kind, commune_id, acting_id, located_id, state, met, preparer, appraiser, decision)
    select 2022, 'COMMUNE', c.id, c.id, c.id, 'RECOGNIZED', true, u.username, 'congan', 'D2022C'
    from commune c join user_account u on u.commune_id = c.id;

insert into demo_subject (year, kind, org_id, acting_id, located_id, state, met, preparer, appraiser, decision)
    select 2022, 'ORGANIZATION', r.organization_id, r.managing_commune_id, o.commune_id, 'RECOGNIZED', true,
           coalesce(u.username, 'congan'), case when u.username is null then 'congan2' else 'congan' end, 'D2022O'
    from roster_entry r join evaluation_year y on y.id = r.year_id and y.year = 2022
    join organization o on o.id = r.organization_id
    left join user_account u on u.commune_id = r.managing_commune_id;

-- 2023: the communes that have started, each in its own state
create temp table demo_commune_2023 (code varchar(10), state varchar(20), met boolean, comment varchar(500))
    on commit drop;
insert into demo_commune_2023 values
    ('22567', 'DRAFT', null, null),
    ('22540', 'DRAFT', null, null),
    ('22543', 'DRAFT', null, null),
    ('22594', 'DRAFT', null, null),
    ('22561', 'SUBMITTED', null, null),
    ('22564', 'SUBMITTED', null, null),
    ('22570', 'SUBMITTED', null, null),
    ('22591', 'SUBMITTED', null, null),
    ('22573', 'RETURNED', null, 'Thiếu biên bản họp xét của hai khu dân cư; đề nghị bổ sung và gửi lại.'),
    ('22576', 'APPRAISED', true, 'Đạt đủ các tiêu chí.'),
    ('22579', 'APPRAISED', true, 'Đạt đủ các tiêu chí; là điểm mô hình của thị xã.'),
    ('22582', 'APPRAISED', true, 'Đạt đủ các tiêu chí.'),
    ('22585', 'APPRAISED', true, 'Đạt đủ các tiêu chí.'),
    ('22597', 'APPRAISED', true, 'Đạt đủ các tiêu chí.'),
    ('22588', 'APPRAISED', false, 'Công an xã có cá nhân bị kỷ luật khiển trách trong năm; chưa đạt khoản 3 Điều 6.');

insert into demo_subject (year, kind, commune_id, acting_id, located_id, state, met, preparer, appraiser, comment)
    select 2023, 'COMMUNE', c.id, c.id, c.id, p.state, p.met, u.username,
           case when p.state in ('APPRAISED', 'RETURNED') then 'congan' end, p.comment
    from demo_commune_2023 p
    join commune c on c.code = p.code
    join user_account u on u.commune_id = c.id;

-- 2023 khu dân cư: recognised by their commune in the communes that have started, except Phường Ninh Thủy
insert into demo_subject (year, kind, area_id, acting_id, located_id, state, met, preparer, appraiser, decision)
    select 2023, 'RESIDENTIAL_AREA', a.id, a.commune_id, a.commune_id,
           case when c.code <> '22567' or a.rn <= 6 then 'RECOGNIZED' when a.rn = 7 then 'APPRAISED' else 'DRAFT' end,
           case when c.code <> '22567' or a.rn <= 7 then true end,
           u.username, case when c.code <> '22567' or a.rn <= 7 then u.username end,
           case when c.code <> '22567' or a.rn <= 6 then 'AREA' end
    from (select a.*, row_number() over (partition by a.commune_id order by a.name collate "vi_natural") as rn
          from residential_area a) a
    join commune c on c.id = a.commune_id
    join demo_commune_2023 p on p.code = c.code
    join user_account u on u.commune_id = c.id;

-- 2023 organizations of the communes that have started, in every state; town-managed ones prepared by congan
insert into demo_subject (year, kind, org_id, acting_id, located_id, state, met, preparer, appraiser, decision, comment)
    select 2023, 'ORGANIZATION', o.id, r.managing_commune_id, o.commune_id, s.state, s.met,
           coalesce(u.username, 'congan'),
           case when s.state in ('APPRAISED', 'RETURNED', 'RECOGNIZED', 'REVOKED')
                then case when u.username is null then 'congan2' else 'congan' end end,
           case when s.state in ('RECOGNIZED', 'REVOKED') then 'D2023' end, s.comment
    from (select o.*, row_number() over (order by o.id) as rn from organization o
          where o.commune_id in (select c.id from commune c join demo_commune_2023 p on p.code = c.code)) o
    join roster_entry r on r.organization_id = o.id
    join evaluation_year y on y.id = r.year_id and y.year = 2023
    left join user_account u on u.commune_id = r.managing_commune_id
    join (values
        (0, 'DRAFT', null::boolean, null),
        (1, 'SUBMITTED', null, null),
        (2, 'APPRAISED', true, 'Đạt đủ các tiêu chí.'),
        (3, 'SUBMITTED', null, null),
        (4, 'DRAFT', null, null),
        (5, 'APPRAISED', true, 'Đạt đủ các tiêu chí.'),
        (6, 'RETURNED', null, 'Bản tự chấm điểm chưa có chữ ký của người đứng đầu; đề nghị bổ sung.'),
        (7, 'APPRAISED', false, 'Trong năm để xảy ra mất trộm tài sản có giá trị lớn; chưa đạt khoản 3 Điều 7.'),
        (8, 'RECOGNIZED', true, 'Đạt đủ các tiêu chí.'),
        (9, 'REVOKED', true, 'Đạt đủ các tiêu chí.')) as s (slot, state, met, comment)
        on s.slot = case when o.rn <= 10 then o.rn - 1 else (o.rn % 6) end;

insert into recognition_decision (year_id, issuing_body_id, number, signed_on, signer_name, signer_title, proposal,
                                  state, created_by, updated_by)
    select y.id, b.id, v.number, v.signed_on, 'Nguyễn Hữu Hòa', 'CHỦ TỊCH', v.proposal, 'ISSUED', 'bcd', 'bcd'
    from (values
        (2022, '2580/QĐ-UBND', date '2022-12-20', 'Tờ trình số 315/TTr-CAX ngày 08/12/2022 của Công an thị xã'),
        (2022, '2581/QĐ-UBND', date '2022-12-20', 'Tờ trình số 316/TTr-CAX ngày 08/12/2022 của Công an thị xã'),
        (2023, '37/QĐ-UBND', date '2023-03-15', 'Tờ trình số 21/TTr-CAX ngày 06/03/2023 của Công an thị xã'))
        as v (year, number, signed_on, proposal)
    join evaluation_year y on y.year = v.year
    cross join issuing_body b where b.code = 'UBND_TX';

-- the dossiers, with the dates of each step: registration in March, submission in October (November for communes
-- and organizations), appraisal two weeks later; 2023's early decision in March
insert into dossier (year_id, subject_kind, residential_area_id, commune_id, organization_id, acting_commune_id,
                     located_commune_id, state, registered_on, registration_note, submitted_by, submitted_at,
                     appraised_by, appraised_at, conclusion_met, conclusion_note, decision_id, created_by, updated_by)
    select y.id, s.kind, s.area_id, s.commune_id, s.org_id, s.acting_id, s.located_id, s.state,
           case when s.state <> 'DRAFT' then make_date(s.year, case when s.decision = 'D2023' then 1 else 3 end, 15) end,
           case when s.state <> 'DRAFT' then 'Bản đăng ký phấn đấu đạt tiêu chuẩn "An toàn về ANTT" năm ' || s.year end,
           case when s.state <> 'DRAFT' then prep.id end,
           case when s.state <> 'DRAFT' then pg_temp.demo_step(s.year, s.kind, s.decision, 1) end,
           case when s.state in ('APPRAISED', 'RECOGNIZED', 'REVOKED') then appr.id end,
           case when s.state in ('APPRAISED', 'RECOGNIZED', 'REVOKED') then pg_temp.demo_step(s.year, s.kind, s.decision, 2) end,
           case when s.state in ('APPRAISED', 'RECOGNIZED', 'REVOKED') then s.met end,
           case when s.state in ('APPRAISED', 'RECOGNIZED', 'REVOKED') then coalesce(s.comment, 'Đạt đủ các tiêu chí.') end,
           dec.id, s.preparer, coalesce(s.appraiser, s.preparer)
    from demo_subject s
    join evaluation_year y on y.year = s.year
    join user_account prep on prep.username = s.preparer
    left join user_account appr on appr.username = s.appraiser
    left join recognition_decision dec on dec.year_id = y.id and dec.number = case s.decision
        when 'D2022C' then '2580/QĐ-UBND' when 'D2022O' then '2581/QĐ-UBND' when 'D2023' then '37/QĐ-UBND' end;

-- their history, step by step, with who did what
insert into dossier_event (dossier_id, action, from_state, to_state, actor, occurred_at, comment)
    select d.id, e.action, e.from_state, e.to_state, e.actor, pg_temp.demo_step(s.year, s.kind, s.decision, e.step),
           e.comment
    from demo_subject s
    join evaluation_year y on y.year = s.year
    join dossier d on d.year_id = y.id and (d.residential_area_id = s.area_id or d.commune_id = s.commune_id
                                            or d.organization_id = s.org_id)
    join commune lc on lc.id = s.located_id
    cross join lateral (values
        (1, 'SUBMIT', 'DRAFT', 'SUBMITTED', s.preparer, null::varchar, s.state <> 'DRAFT'),
        (2, 'RETURN', 'SUBMITTED', 'RETURNED', s.appraiser, s.comment, s.state = 'RETURNED'),
        (2, 'APPRAISE', 'SUBMITTED', 'APPRAISED', s.appraiser, coalesce(s.comment, 'Đạt đủ các tiêu chí.'),
            s.state in ('APPRAISED', 'RECOGNIZED', 'REVOKED')),
        (3, 'RECOGNIZE', 'APPRAISED', 'RECOGNIZED', case when s.kind = 'RESIDENTIAL_AREA' then s.preparer else 'bcd' end,
            case when s.kind = 'RESIDENTIAL_AREA' then 'Quyết định công nhận của Chủ tịch UBND ' || lc.name
                 else case s.decision when 'D2022C' then '2580/QĐ-UBND — 20/12/2022'
                     when 'D2022O' then '2581/QĐ-UBND — 20/12/2022' else '37/QĐ-UBND — 15/03/2023' end end,
            s.state in ('RECOGNIZED', 'REVOKED')),
        (4, 'REVOKE', 'RECOGNIZED', 'REVOKED', 'bcd',
            'Quyết định thu hồi số 412/QĐ-UBND ngày 10/06/2023: để xảy ra vụ cháy gây thiệt hại lớn sau khi được công nhận.',
            s.state = 'REVOKED'))
        as e (step, action, from_state, to_state, actor, comment, happened)
    where e.happened;

-- self-assessment and appraisal per criterion of the year's set (manual ones; the computed one is the app's)
insert into dossier_assessment (dossier_id, criterion_id, self_met, evidence, finding_met, finding_note)
    select d.id, k.id,
           case when s.state <> 'DRAFT' and k.check_rule not like 'COMPUTED:%' then true end,
           case when s.state <> 'DRAFT' and k.check_rule not like 'COMPUTED:%'
                then 'Đã thực hiện đầy đủ; tài liệu kèm theo hồ sơ.' end,
           case when s.state in ('APPRAISED', 'RECOGNIZED', 'REVOKED') and k.check_rule not like 'COMPUTED:%'
                then s.met or k.position not in (7, 11) end,
           case when s.state in ('APPRAISED', 'RECOGNIZED', 'REVOKED') and k.check_rule not like 'COMPUTED:%'
                then case when s.met or k.position not in (7, 11) then 'Đúng như báo cáo.' else s.comment end end
    from demo_subject s
    join evaluation_year y on y.year = s.year
    join dossier d on d.year_id = y.id and (d.residential_area_id = s.area_id or d.commune_id = s.commune_id
                                            or d.organization_id = s.org_id)
    left join organization o on o.id = s.org_id
    join criterion k on k.set_id = y.criteria_set_id and k.subject_kind = case s.kind
        when 'ORGANIZATION' then case when o.kind = 'SCHOOL' then 'SCHOOL' else 'AGENCY_ENTERPRISE' end
        else s.kind end;

-- the documents the workflow requires, for every dossier that was sent (a one-page PDF each)
insert into dossier_attachment (dossier_id, kind, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
    select d.id, a.kind, a.file_name || '.pdf', 'application/pdf', length(pdf.content), pdf.content, s.preparer,
           pg_temp.demo_step(s.year, s.kind, s.decision, 1) - interval '1 day'
    from demo_subject s
    join evaluation_year y on y.year = s.year
    join dossier d on d.year_id = y.id and (d.residential_area_id = s.area_id or d.commune_id = s.commune_id
                                            or d.organization_id = s.org_id)
    cross join (values ('BIEN_BAN', 'Biên bản họp xét', true), ('TO_TRINH', 'Tờ trình đề nghị công nhận', false),
                       ('BAO_CAO', 'Báo cáo kết quả', false)) as a (kind, file_name, for_areas)
    cross join (select convert_to('%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
', 'UTF8') as content) pdf
    where s.state <> 'DRAFT' and (a.for_areas or s.kind <> 'RESIDENTIAL_AREA');

-- the 70% figure each commune dossier was judged on, at submission and at appraisal
insert into dossier_figure (dossier_id, criterion_id, moment, metric, part, whole, taken_at)
    select d.id, k.id, m.moment, 'RESIDENTIAL_AREAS_RECOGNIZED_PCT',
           (select count(*) from dossier a join residential_area ra on ra.id = a.residential_area_id
            where ra.commune_id = d.commune_id and a.year_id = d.year_id and a.state = 'RECOGNIZED'),
           (select count(*) from residential_area ra where ra.commune_id = d.commune_id),
           pg_temp.demo_step(s.year, s.kind, s.decision, m.step)
    from demo_subject s
    join evaluation_year y on y.year = s.year
    join dossier d on d.year_id = y.id and d.commune_id = s.commune_id
    join criterion k on k.set_id = y.criteria_set_id and k.check_rule like 'COMPUTED:RESIDENTIAL_AREAS_RECOGNIZED_PCT%'
    cross join (values ('SUBMIT', 1), ('APPRAISE', 2)) as m (moment, step)
    where s.kind = 'COMMUNE' and s.state <> 'DRAFT' and (m.moment = 'SUBMIT' or s.state in ('APPRAISED', 'RECOGNIZED'));
