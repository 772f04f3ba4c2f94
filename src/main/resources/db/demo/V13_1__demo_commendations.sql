-- Demo commendations and events (invented sample data, loaded only with antt.demo-data): 2022's commendations from
-- each of the four issuers to collectives and individuals, the 2022 Ngày hội with Xã Ninh Phước as the town's model
-- site, the 2022 review conference, and the 2023 Ngày hội of a few communes. Names of people are made up.

insert into commendation (year, form, issuer_id, decision_number, decision_date, recipient_kind, commune_id,
                          residential_area_id, organization_id, model_id, person_name, person_position, person_unit,
                          achievement, created_by, updated_by)
select 2022, v.form, i.id, v.number, v.decided::date, v.kind, c.id,
       (select a.id from residential_area a where a.commune_id = c.id and a.name = v.unit),
       (select o.id from organization o where o.commune_id = c.id and o.name = v.unit),
       (select m.id from self_managed_model m where m.commune_id = c.id and m.name = v.unit),
       v.person, v.position, v.person_unit, v.achievement, 'bcd', 'bcd'
from (values
    ('CERTIFICATE_OF_MERIT', 'BCA', '1520/QĐ-BCA', '2023-02-20', 'COMMUNE', '22579', null, null, null, null,
     'Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022'),
    ('CERTIFICATE_OF_MERIT', 'BCA', '1520/QĐ-BCA', '2023-02-20', 'INDIVIDUAL', '22579', null, 'Nguyễn Văn Thành',
     'Trưởng Công an xã', 'Công an xã Ninh Phước', 'Có thành tích xuất sắc trong xây dựng phong trào năm 2022'),
    ('CERTIFICATE_OF_MERIT', 'CT_UBND_TINH', '412/QĐ-UBND', '2023-02-10', 'COMMUNE', '22594', null, null, null, null,
     'Hoàn thành xuất sắc nhiệm vụ xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022'),
    ('CERTIFICATE_OF_MERIT', 'CT_UBND_TINH', '412/QĐ-UBND', '2023-02-10', 'INDIVIDUAL', '22546', null, 'Trần Thị Hoa',
     'Trưởng thôn', 'Xã Ninh Thọ', 'Tích cực vận động nhân dân tham gia giữ gìn an ninh, trật tự'),
    ('LETTER_OF_COMMENDATION', 'GD_CA_TINH', '285/QĐ-CAT', '2023-01-25', 'COMMUNE', '22546', null, null, null, null,
     'Có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022'),
    ('LETTER_OF_COMMENDATION', 'GD_CA_TINH', '285/QĐ-CAT', '2023-01-25', 'INDIVIDUAL', '22567', null, 'Lê Văn Bảo',
     'Tổ trưởng tổ tự quản', 'Phường Ninh Thủy', 'Phát hiện, tố giác tội phạm'),
    ('LETTER_OF_COMMENDATION', 'CT_UBND_TX', '35/QĐ-UBND', '2023-01-12', 'COMMUNE', '22594', null, null, null, null,
     'Đạt tiêu chuẩn "An toàn về an ninh, trật tự" nhiều năm liên tục'),
    ('LETTER_OF_COMMENDATION', 'CT_UBND_TX', '35/QĐ-UBND', '2023-01-12', 'INDIVIDUAL', '22570', null, 'Phạm Thị Mai',
     'Cán bộ Mặt trận phường', 'Phường Ninh Đa', 'Có thành tích trong tuyên truyền, vận động nhân dân'),
    ('LETTER_OF_COMMENDATION', 'CT_UBND_TX', '35/QĐ-UBND', '2023-01-12', 'INDIVIDUAL', '22582', null, 'Võ Văn Hùng',
     'Công an viên', 'Xã Ninh Phú', 'Tham gia tuần tra, bảo vệ an ninh trật tự ở cơ sở')
    ) as v (form, issuer, number, decided, kind, code, unit, person, position, person_unit, achievement)
join commendation_issuer i on i.code = v.issuer
join commune c on c.code = v.code;

-- a model and an organization of Xã Ninh Phước among the collectives
insert into commendation (year, form, issuer_id, decision_number, decision_date, recipient_kind, commune_id,
                          organization_id, achievement, created_by, updated_by)
select 2022, 'LETTER_OF_COMMENDATION', i.id, '35/QĐ-UBND', date '2023-01-12', 'ORGANIZATION', o.commune_id, o.id,
       'Cơ quan đạt chuẩn "An toàn về an ninh, trật tự" ba năm liên tục', 'bcd', 'bcd'
from commendation_issuer i, (select o.id, o.commune_id from organization o join commune c on c.id = o.commune_id
                             where c.code = '22579' order by o.id limit 1) o
where i.code = 'CT_UBND_TX';

insert into commendation (year, form, issuer_id, decision_number, decision_date, recipient_kind, commune_id, model_id,
                          achievement, created_by, updated_by)
select 2022, 'LETTER_OF_COMMENDATION', i.id, '35/QĐ-UBND', date '2023-01-12', 'MODEL', m.commune_id, m.id,
       'Mô hình hoạt động hiệu quả', 'bcd', 'bcd'
from commendation_issuer i, (select m.id, m.commune_id from self_managed_model m join commune c on c.id = m.commune_id
                             where c.code = '22579' order by m.id limit 1) m
where i.code = 'CT_UBND_TX';

insert into movement_event (year, kind, commune_id, held_on, place, model_site, participants, note, created_by, updated_by)
select extract(year from v.held::date), v.kind, c.id, v.held::date, v.place, v.site, v.participants, v.note,
       'bcd', 'bcd'
from (values
    ('FESTIVAL', '22579', '2022-08-19', 'Nhà văn hóa xã Ninh Phước', true, 650,
     'Điểm chỉ đạo của thị xã; có lãnh đạo Công an tỉnh dự'),
    ('FESTIVAL', '22567', '2022-08-18', 'Sân nhà văn hóa Tổ dân phố 3', false, 320, null),
    ('FESTIVAL', '22546', '2022-08-20', 'Hội trường UBND xã', false, 280, null),
    ('FESTIVAL', '22570', '2022-08-19', 'Nhà văn hóa phường', false, 300, null),
    ('FESTIVAL', '22579', '2023-08-18', 'Nhà văn hóa xã Ninh Phước', false, 500, null),
    ('FESTIVAL', '22567', '2023-08-19', 'Sân nhà văn hóa Tổ dân phố 5', true, 600, 'Điểm chỉ đạo của thị xã năm 2023'),
    ('FESTIVAL', '22582', '2023-08-20', 'Hội trường UBND xã', false, 250, null)
    ) as v (kind, code, held, place, site, participants, note)
join commune c on c.code = v.code;

insert into movement_event (year, kind, commune_id, held_on, place, model_site, participants, note, created_by, updated_by)
values (2022, 'REVIEW_CONFERENCE', null, date '2022-12-28', 'Hội trường UBND thị xã Ninh Hòa', false, 180,
        'Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022', 'bcd', 'bcd');
