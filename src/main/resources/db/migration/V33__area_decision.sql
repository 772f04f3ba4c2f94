-- A khu dân cư is recognised by its commune's own decision (Thông tư 23/2012, Điều 9): its number, date and signer
-- are recorded with the recognition, so that the certificate prints them instead of a free-text note.
alter table dossier add column area_decision_number varchar(50);
alter table dossier add column area_decision_date date;
alter table dossier add column area_decision_signer varchar(255);
