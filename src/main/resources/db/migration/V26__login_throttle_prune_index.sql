-- The throttle's rows are pruned a day after a name's last wrong password (UnknownUsernames.prune): the prune runs
-- on every wrong password for an unknown name, so it looks rows up by their age.
create index login_throttle_updated_idx on login_throttle (updated_at);
