-- The year-end report's last typed part: kiến nghị, đề xuất (what the steering committee asks of the levels above).
alter table year_end_report add column proposals text check (length(proposals) <= 20000);
