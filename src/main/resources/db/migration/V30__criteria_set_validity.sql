-- A criteria set's legal life: until when it was in force and which act replaced it, so that a year opened or
-- adjusted on a set already replaced when the year began asks for confirmation and names the act that replaced it.
alter table criteria_set add column effective_to date;
alter table criteria_set add column replaced_by varchar(255);
-- the act as a "Căn cứ" line cites it: number, date, issuer and subject
alter table criteria_set add column citation varchar(1000);
alter table criteria_set add constraint criteria_set_life check (effective_to is null or effective_from is null
    or effective_to >= effective_from);

-- Thông tư 23/2012/TT-BCA (and the versions the administrator made of it) ceased on 10/02/2022, when Thông tư
-- 124/2021/TT-BCA took effect.
update criteria_set set effective_to = date '2022-02-09', replaced_by = 'Thông tư 124/2021/TT-BCA'
where code = 'TT23_2012' or code like 'TT23\_2012\_V%';

update criteria_set set citation = 'Thông tư số 23/2012/TT-BCA ngày 27 tháng 4 năm 2012 của Bộ trưởng Bộ Công an '
    || 'quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn '
    || '“An toàn về an ninh, trật tự”'
where code = 'TT23_2012' or code like 'TT23\_2012\_V%';
-- the day it was signed is left out until checked against the gazette
update criteria_set set citation = 'Thông tư số 124/2021/TT-BCA của Bộ trưởng Bộ Công an quy định về khu dân cư, '
    || 'xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự”'
where code = 'TT124_2021' or code like 'TT124\_2021\_V%';

-- The movement's names as the press writes them.
update model_type set name = 'Tuần tra Nhân dân' where name = 'Tuần tra nhân dân';
