-- The dossiers a commune's officers see are those of their commune or those they prepare: with both columns
-- indexed the list of one commune reads a few rows instead of the year's dossiers (bench/scale.sql).
create index dossier_acting_idx on dossier (acting_commune_id, year_id);
