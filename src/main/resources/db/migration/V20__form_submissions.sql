-- Every form carries a one-time token (random id + HMAC of the id and the user). The key behind the HMAC is kept
-- here so that every instance of the application accepts the tokens of the others.
create table form_token_secret (
    id     smallint primary key check (id = 1),
    secret bytea    not null
);

-- A token that has been sent: claimed while its request runs, completed (with where it led) once it succeeded.
-- A second request with the same token waits for the first and is led to the same place; it never runs again.
create table form_submission (
    token        varchar(64)  primary key,
    username     varchar(100) not null,
    claimed_at   timestamptz  not null default now(),
    completed_at timestamptz,
    redirect_to  varchar(2000)
);

create index form_submission_claimed_at on form_submission (claimed_at);

-- Natural keys that the services check before saving, now held by the database too: two forms sent at the same
-- moment (two tabs, two clerks) both pass a check, and only an index stops the second.
-- a model's name within its commune (accents and case aside, as the check compares them)
create unique index self_managed_model_name_key on self_managed_model (commune_id, search_key);
-- the same commendation: year, issuer, form, recipient and decision number
create unique index commendation_same_key on commendation (year, issuer_id, form, recipient_kind,
    coalesce(decision_number, ''), coalesce(commune_id, 0), coalesce(residential_area_id, 0),
    coalesce(organization_id, 0), coalesce(model_id, 0), coalesce(person_name, ''));
-- one event of a kind a day per commune (or for the town itself)
create unique index movement_event_same_day_key on movement_event (kind, coalesce(commune_id, 0), held_on);
-- an issuer's name, case aside
create unique index commendation_issuer_name_key on commendation_issuer (lower(btrim(name)));

-- What an import stored, row by row: "row<TAB>stored" or "row<TAB>not stored<TAB>why", one line each, so that its
-- result page tells every row's fate (a row valid at the dry run may meet a record created in the meantime).
alter table import_batch add column outcome text;
