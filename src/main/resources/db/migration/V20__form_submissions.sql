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
