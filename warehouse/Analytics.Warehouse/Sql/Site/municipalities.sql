-- Listed in Russian order by the site (RussianOrder).
SELECT code, name, kind FROM dim_municipality;
