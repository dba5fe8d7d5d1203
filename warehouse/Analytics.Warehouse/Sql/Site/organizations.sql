SELECT org_id, name, municipality_code, type FROM dim_organization ORDER BY municipality_code, name;
