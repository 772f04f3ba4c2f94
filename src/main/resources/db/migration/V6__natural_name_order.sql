-- Names that carry numbers sort as people count: "Tổ dân phố 2" before "Tổ dân phố 10" (ICU numeric ordering on
-- top of Vietnamese). The generated search keys depend on the names, so they are rebuilt around the change.
create collation vi_natural (provider = icu, locale = 'vi-u-kn-true');

drop index residential_area_current_name_key;
drop index residential_area_search_idx;
drop index residential_area_commune_idx;
alter table residential_area drop column search_key;
alter table residential_area alter column name type varchar(255) collate vi_natural;
alter table residential_area add column search_key text generated always as (f_search_key(name)) stored;
create index residential_area_commune_idx on residential_area (commune_id, name);
create index residential_area_search_idx on residential_area using gin (search_key gin_trgm_ops);
-- two current khu dân cư of one commune never share a name (names differing only in tone marks are different)
create unique index residential_area_current_name_key on residential_area (commune_id, lower(name))
    where valid_to is null;

drop index organization_search_idx;
drop index organization_commune_idx;
drop index organization_kind_idx;
drop index organization_name_idx;
alter table organization drop column search_key;
alter table organization alter column name type varchar(255) collate vi_natural;
alter table organization add column search_key text generated always as
    (f_search_key(name || ' ' || coalesce(short_name, '') || ' ' || coalesce(tax_code, ''))) stored;
create index organization_commune_idx on organization (commune_id, name);
create index organization_kind_idx on organization (kind, name);
create index organization_name_idx on organization (name, id);
create index organization_search_idx on organization using gin (search_key gin_trgm_ops);

drop index self_managed_model_search_idx;
drop index self_managed_model_commune_idx;
alter table self_managed_model drop column search_key;
alter table self_managed_model alter column name type varchar(255) collate vi_natural;
alter table self_managed_model add column search_key text generated always as (f_search_key(name)) stored;
create index self_managed_model_commune_idx on self_managed_model (commune_id, name);
create index self_managed_model_search_idx on self_managed_model using gin (search_key gin_trgm_ops);
