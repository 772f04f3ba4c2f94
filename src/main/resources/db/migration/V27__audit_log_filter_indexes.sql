-- The audit log page filters by user and by action, newest first (Quản trị › Nhật ký hệ thống and its Excel file).
create index audit_log_username_idx on audit_log (username, occurred_at desc);
create index audit_log_action_idx on audit_log (action, occurred_at desc);
