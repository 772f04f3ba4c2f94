-- The steering committee's name breaks where its words belong together in the header's narrow left column
-- ("BAN CHỈ ĐẠO PHONG TRÀO / TOÀN DÂN BẢO VỆ / AN NINH TỔ QUỐC"): a typed line break is kept by the print frame, which
-- only breaks a line further when it is wider than the column. Only the seeded text is changed, never an edited one.
update issuing_body
   set header_name = 'UBND THỊ XÃ NINH HÒA' || chr(10) || 'BAN CHỈ ĐẠO PHONG TRÀO' || chr(10)
                     || 'TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC'
 where code = 'BCD_TX'
   and header_name = 'UBND THỊ XÃ NINH HÒA' || chr(10) || 'BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC';
