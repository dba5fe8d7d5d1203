SELECT code, name FROM dim_municipality ORDER BY name;
