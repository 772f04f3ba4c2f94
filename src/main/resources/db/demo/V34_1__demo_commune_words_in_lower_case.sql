-- The demo's names and addresses as the administrative style writes them: the level of a xã, phường in lower case
-- inside a name or after a comma ("Trạm Y tế xã Ninh Tây", "Thôn 6, xã Ninh Tây", "Cán bộ phường Ninh Thủy"),
-- capitalised only where it starts the text ("Phường Ninh Thủy"). The kept names of dossiers follow their units.
create function pg_temp.in_phrase(t text) returns text language sql immutable as $$
    select replace(replace(t, ' Xã ', ' xã '), ' Phường ', ' phường ')
$$;

update organization set name = pg_temp.in_phrase(name), address = pg_temp.in_phrase(address)
where name <> pg_temp.in_phrase(name) or address <> pg_temp.in_phrase(address);

update dossier set subject_name = pg_temp.in_phrase(subject_name), subject_address = pg_temp.in_phrase(subject_address)
where subject_name <> pg_temp.in_phrase(subject_name) or subject_address <> pg_temp.in_phrase(subject_address);

update user_account set full_name = pg_temp.in_phrase(full_name)
where commune_id is not null and full_name <> pg_temp.in_phrase(full_name);
