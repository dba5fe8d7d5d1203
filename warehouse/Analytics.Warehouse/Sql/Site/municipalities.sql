SELECT code, name, kind FROM dim_municipality ORDER BY name;
