-- Thông tư 124/2021/TT-BCA was signed on 28 December 2021 (in force from 10 February 2022): its "Căn cứ" line
-- cites the date like every other act's. Only the text V30 wrote is replaced, never an administrator's own.
update criteria_set set citation = 'Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021 của Bộ trưởng Bộ Công an '
    || 'quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn '
    || '“An toàn về an ninh, trật tự”'
where (code = 'TT124_2021' or code like 'TT124\_2021\_V%')
  and citation = 'Thông tư số 124/2021/TT-BCA của Bộ trưởng Bộ Công an quy định về khu dân cư, '
    || 'xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự”';
