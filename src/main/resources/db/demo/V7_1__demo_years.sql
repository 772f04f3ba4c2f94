-- Demo evaluation years: 2019-2022 closed (their results come with the dossiers), 2023 open under TT 23/2012.
insert into evaluation_year (year, criteria_set_id, target_pct, registration_deadline, submission_deadline,
                             appraisal_deadline, recognition_deadline, state, closed_at, closed_by)
    select y, s.id, 95, make_date(y, 3, 31), make_date(y, 11, 15), make_date(y, 12, 10), make_date(y, 12, 25),
           case when y < 2023 then 'CLOSED' else 'OPEN' end,
           case when y < 2023 then make_date(y + 1, 1, 10)::timestamptz end,
           case when y < 2023 then 'bcd' end
    from generate_series(2019, 2023) y, criteria_set s where s.code = 'TT23_2012';
