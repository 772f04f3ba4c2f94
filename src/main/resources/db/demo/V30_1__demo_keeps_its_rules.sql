-- The demo keeps its own rules (issue 13 §6): names as the press writes them, and the town's own commendations of
-- 2022 decided before the Hội nghị tổng kết (28/12/2022) at which they were handed out.
update self_managed_model set name = replace(name, 'Tuần tra nhân dân', 'Tuần tra Nhân dân')
where name like 'Tuần tra nhân dân%';

update commendation set decision_date = date '2022-12-26'
where year = 2022 and decision_number = '35/QĐ-UBND'
  and issuer_id = (select id from commendation_issuer where code = 'CT_UBND_TX');

-- 2019-2021: the khu dân cư results behind each commune's recognition (Điều 6.4 of TT 23/2012 asks for 70%), as the
-- communes' own decisions recorded them.
insert into dossier (year_id, subject_kind, residential_area_id, acting_commune_id, located_commune_id, state,
                     imported, imported_decision_number, imported_decision_date, created_by, updated_by)
    select y.id, 'RESIDENTIAL_AREA', a.id, a.commune_id, a.commune_id, 'RECOGNIZED', true,
           (100 + y.year - 2019) || '/QĐ-UBND', make_date(y.year, 12, 10), 'bcd', 'bcd'
    from evaluation_year y cross join residential_area a join commune c on c.id = a.commune_id
    join district d on d.id = c.district_id
    where y.year between 2019 and 2021 and d.code = '572' and f_valid_in_year(a.valid_from, a.valid_to, y.year)
      and not exists (select 1 from dossier x where x.year_id = y.id and x.residential_area_id = a.id);

insert into dossier_event (dossier_id, action, from_state, to_state, actor, occurred_at, comment)
    select d.id, 'IMPORT', null, d.state, 'bcd', make_timestamptz(y.year + 1, 1, 5, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
           'Nhập từ dữ liệu cũ: Quyết định số ' || d.imported_decision_number || ' ngày '
               || to_char(d.imported_decision_date, 'DD/MM/YYYY')
    from dossier d join evaluation_year y on y.id = d.year_id
    where d.imported and d.subject_kind = 'RESIDENTIAL_AREA' and y.year between 2019 and 2021
      and not exists (select 1 from dossier_event e where e.dossier_id = d.id);

-- Every cơ quan, doanh nghiệp recognised under TT 23/2012 has the self-managed model its criterion 7.2 asks for:
-- an organization that hosts none takes one of its commune's models not hosted yet (one active since 2019 if any,
-- else the earliest; of the kinds an organization runs first: its own fire team, cameras, legal club).
do $$
declare
    needing record;
    chosen bigint;
begin
    for needing in
        select o.id, o.commune_id from organization o
        where o.kind <> 'SCHOOL'
          and exists (select 1 from dossier d where d.organization_id = o.id and d.state = 'RECOGNIZED')
          and not exists (select 1 from self_managed_model m where m.host_organization_id = o.id)
        order by o.id
    loop
        select m.id into chosen from self_managed_model m join model_type t on t.id = m.type_id
        where m.commune_id = needing.commune_id and m.host_organization_id is null
          and m.founded_on <= date '2022-12-31' and m.dissolved_on is null
        order by greatest(extract(year from m.founded_on), 2019),
                 case t.code when 'PCCC_TU_QUAN' then 1 when 'CAMERA' then 2 when 'CLB_PHAP_LUAT' then 3
                             when 'CONG_RAO' then 4 when 'DEN_AN_NINH' then 5 when 'KHAC' then 6 else 9 end,
                 m.founded_on, m.id
        limit 1;
        if chosen is not null then
            update self_managed_model set host_organization_id = needing.id where id = chosen;
        end if;
    end loop;
end $$;

-- The earlier results of an organization whose model came later were "not recognised", for want of it.
update dossier d set state = 'NOT_RECOGNIZED', imported_decision_number = null, imported_decision_date = null,
                     conclusion_note = 'Chưa xây dựng mô hình tự phòng, tự quản, tự bảo vệ an ninh, trật tự, tài sản '
                                       || '(khoản 2 Điều 7 Thông tư 23/2012/TT-BCA)'
from evaluation_year y, organization o
where y.id = d.year_id and o.id = d.organization_id and d.imported and d.state = 'RECOGNIZED'
  and o.kind <> 'SCHOOL' and y.year between 2019 and 2021
  and not exists (select 1 from self_managed_model m where m.host_organization_id = o.id
                  and f_active_at_end_of(m.founded_on, m.dissolved_on, y.year));

update dossier_event e set to_state = 'NOT_RECOGNIZED', comment = 'Nhập từ dữ liệu cũ'
from dossier d
where d.id = e.dossier_id and e.action = 'IMPORT' and d.state = 'NOT_RECOGNIZED' and e.to_state = 'RECOGNIZED';
