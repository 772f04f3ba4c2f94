-- Demo accounts (invented sample data, loaded only with antt.demo-data). Password of all: antt-demo-2022.

insert into user_account (username, full_name, password_hash) values
    ('admin',   'Quản trị hệ thống (dữ liệu mẫu)',          '{bcrypt}$2a$10$AWXVO.7Jh0h7DTjkl0gsA.UcEU4DKJF/VF8PYDOtWDcpdKyi/QUWW'),
    ('congan',  'Trần Văn Thẩm (dữ liệu mẫu)',             '{bcrypt}$2a$10$AWXVO.7Jh0h7DTjkl0gsA.UcEU4DKJF/VF8PYDOtWDcpdKyi/QUWW'),
    ('congan2', 'Lê Thị Định (dữ liệu mẫu)',               '{bcrypt}$2a$10$AWXVO.7Jh0h7DTjkl0gsA.UcEU4DKJF/VF8PYDOtWDcpdKyi/QUWW'),
    ('bcd',     'Phạm Văn Chỉ Đạo (dữ liệu mẫu)',          '{bcrypt}$2a$10$AWXVO.7Jh0h7DTjkl0gsA.UcEU4DKJF/VF8PYDOtWDcpdKyi/QUWW');

insert into user_role (user_id, role)
    select id, r.role from user_account
    join (values ('admin', 'ADMIN'), ('congan', 'APPRAISER'), ('congan2', 'APPRAISER'), ('bcd', 'STEERING'))
        as r (username, role) using (username);

-- One officer per commune, named after the commune without prefix and diacritics, đ as d ("ninhthuy", "ninhda").
insert into user_account (username, full_name, password_hash, commune_id)
    select lower(replace(f_unaccent(c.sort_name), ' ', '')),
           'Cán bộ ' || c.name || ' (dữ liệu mẫu)',
           '{bcrypt}$2a$10$AWXVO.7Jh0h7DTjkl0gsA.UcEU4DKJF/VF8PYDOtWDcpdKyi/QUWW',
           c.id
    from commune c join district d on d.id = c.district_id
    where d.code = '572';

insert into user_role (user_id, role)
    select id, 'COMMUNE_OFFICER' from user_account where commune_id is not null;
