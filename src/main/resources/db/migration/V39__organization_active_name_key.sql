-- Two active organizations of one commune never share a name: the form and the Excel import both refuse it
-- (OrganizationRules), and this index holds when two forms are sent at the same moment. Archived ones may repeat a name.
create unique index organization_active_name_key on organization (commune_id, lower(name)) where archived_on is null;
