-- Wrong passwords given for usernames that have no account, counted like an account's own (five lock the name for
-- fifteen minutes), so that the login answers the same whether an account exists or not. Only a hash of the
-- username is kept.
create table login_throttle (
    username_hash char(64)    primary key,
    failed_logins integer     not null default 0 check (failed_logins >= 0),
    locked_until  timestamptz,
    updated_at    timestamptz not null default now()
);
