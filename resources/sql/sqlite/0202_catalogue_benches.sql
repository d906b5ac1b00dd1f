-- Catalogue: benches (paillasses), and the bench, container and required clinical questions of
-- each analysis version (helper "catalogue-ext").
-- Benches are catalogue data like chapters: updated in place (a rename keeps the code), every
-- creation and change logged in catalogue_changes (item_kind 'bench') under its catalogue
-- version. Results never reference a bench: they reference the analysis version, which names it.
CREATE TABLE catalogue_benches (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    code       TEXT    NOT NULL UNIQUE,
    label      TEXT    NOT NULL,
    version_id INTEGER NOT NULL REFERENCES catalogue_versions(id)
);

-- Analysis versions name their bench (catalogue_benches.code) and their container (a built-in
-- ContainerType code); '' = not assigned (calculated analyses have no container). A change of
-- either is a new analysis version, like any field.
ALTER TABLE catalogue_analyses ADD COLUMN bench_code TEXT NOT NULL DEFAULT '';
ALTER TABLE catalogue_analyses ADD COLUMN container_code TEXT NOT NULL DEFAULT '';
CREATE INDEX catalogue_analyses_bench ON catalogue_analyses (bench_code);

-- The clinical questions (built-in ClinicalQuestion codes) an analysis version requires, in
-- the order they are asked; same shape as catalogue_value_options.
CREATE TABLE catalogue_analysis_questions (
    analysis_id   INTEGER NOT NULL REFERENCES catalogue_analyses(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    question_code TEXT    NOT NULL,
    PRIMARY KEY (analysis_id, position)
);

-- SQLite cannot alter a CHECK constraint: rebuild catalogue_changes with the kind 'bench',
-- keeping every history row and its id (the history is ordered by id).
CREATE TABLE catalogue_changes_0202 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id INTEGER NOT NULL REFERENCES catalogue_versions(id),
    item_kind  TEXT    NOT NULL CHECK (item_kind IN ('chapter', 'exam', 'analysis', 'reflex', 'bench')),
    item_code  TEXT    NOT NULL,
    change     TEXT    NOT NULL CHECK (change IN ('created', 'updated', 'retired', 'reactivated', 'deleted')),
    fields     TEXT    NOT NULL DEFAULT ''           -- changed exchange-format columns, ','-separated
);
INSERT INTO catalogue_changes_0202 (id, version_id, item_kind, item_code, change, fields)
    SELECT id, version_id, item_kind, item_code, change, fields FROM catalogue_changes;
DROP TABLE catalogue_changes;
ALTER TABLE catalogue_changes_0202 RENAME TO catalogue_changes;
CREATE INDEX catalogue_changes_item ON catalogue_changes (item_kind, item_code);
