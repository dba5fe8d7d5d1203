-- Listed in Russian order within each municipality by the site (RussianOrder).
SELECT org_id, name, municipality_code, type FROM dim_organization;
