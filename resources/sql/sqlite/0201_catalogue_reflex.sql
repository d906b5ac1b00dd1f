-- Catalogue: reflex rules, retired analyses/exams, wider history (helper "catalogue-core").
-- Retiring an analysis is a change of its definition: a new version row with retired = 1, so a
-- result keeps resolving the (then active) definition it was produced with.
ALTER TABLE catalogue_analyses ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
ALTER TABLE catalogue_exams ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));

-- Reflex test rules (tests réflexes): updated in place, every change logged in catalogue_changes
-- (item_kind 'reflex'); results never reference a rule, so a rule may be deleted.
CREATE TABLE catalogue_reflex_rules (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    code         TEXT    NOT NULL UNIQUE,
    label        TEXT    NOT NULL,
    trigger_code TEXT    NOT NULL,
    condition    TEXT    NOT NULL CHECK (condition IN ('>', '>=', '<', '<=', 'abnormal', 'critical', 'coded')),
    threshold    REAL,
    coded_values TEXT    NOT NULL DEFAULT '',        -- value-option codes, '|'-separated
    add_code     TEXT    NOT NULL,
    automatic    INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1)),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order   INTEGER NOT NULL DEFAULT 0,
    version_id   INTEGER NOT NULL REFERENCES catalogue_versions(id)
);
CREATE INDEX catalogue_reflex_rules_trigger ON catalogue_reflex_rules (trigger_code);

-- SQLite cannot alter a CHECK constraint: rebuild catalogue_changes with the new kinds and
-- changes, keeping every history row and its id (the history is ordered by id).
CREATE TABLE catalogue_changes_0201 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id INTEGER NOT NULL REFERENCES catalogue_versions(id),
    item_kind  TEXT    NOT NULL CHECK (item_kind IN ('chapter', 'exam', 'analysis', 'reflex')),
    item_code  TEXT    NOT NULL,
    change     TEXT    NOT NULL CHECK (change IN ('created', 'updated', 'retired', 'reactivated', 'deleted')),
    fields     TEXT    NOT NULL DEFAULT ''           -- changed exchange-format columns, ','-separated
);
INSERT INTO catalogue_changes_0201 (id, version_id, item_kind, item_code, change, fields)
    SELECT id, version_id, item_kind, item_code, change, fields FROM catalogue_changes;
DROP TABLE catalogue_changes;
ALTER TABLE catalogue_changes_0201 RENAME TO catalogue_changes;
CREATE INDEX catalogue_changes_item ON catalogue_changes (item_kind, item_code);
