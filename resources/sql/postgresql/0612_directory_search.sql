-- Annuaire Santé search latency (bench_directory at 2 million lines: p95 0.7 s on SQLite, 1.9 s on
-- PostgreSQL). The search returns professionals ORDER BY name_key, first_name, id_pp LIMIT n; the
-- 0350 indexes stopped at name_key (or profession_code), so a short name prefix or a profession
-- sorted every matching row (tens of thousands) before keeping the first 50. These indexes
-- deliver that order after the equality/range columns, and the scan stops at the limit.
-- The postcode index carries id_pp: "has this professional an activity at this postcode" is one
-- index probe (generation, postcode, id_pp).
-- Indexes and statistics only: an existing database keeps its rows. ANALYZE gives both planners
-- the row counts they need to pick these indexes (DirectoryRepository::activate refreshes them
-- after each import).
DROP INDEX directory_professionals_name;
CREATE INDEX directory_professionals_name ON directory_professionals (generation, name_key, first_name, id_pp);
DROP INDEX directory_professionals_profession;
CREATE INDEX directory_professionals_profession
    ON directory_professionals (generation, profession_code, name_key, first_name, id_pp);
DROP INDEX directory_activities_postcode;
CREATE INDEX directory_activities_postcode ON directory_activities (generation, postcode, id_pp);
ANALYZE directory_professionals;
ANALYZE directory_activities;
