-- Exam catalogue (helper "catalogue", migrations 0200-0299). Analyses are versioned: every
-- change closes the current row (valid_to_version_id) and inserts the next version, so a result
-- stored with catalogue_version_id = V finds the definition that applied with
--   valid_from_version_id <= V AND (valid_to_version_id IS NULL OR valid_to_version_id > V).
CREATE TABLE catalogue_versions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT    NOT NULL,
    author     TEXT    NOT NULL,
    reason     TEXT    NOT NULL DEFAULT '',
    source     TEXT    NOT NULL CHECK (source IN ('edit', 'import-csv', 'import-fhir', 'demo'))
);

CREATE TABLE catalogue_chapters (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    code        TEXT    NOT NULL UNIQUE,
    label       TEXT    NOT NULL,
    loinc       TEXT    NOT NULL DEFAULT '',
    parent_code TEXT    NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    version_id  INTEGER NOT NULL REFERENCES catalogue_versions(id)
);

CREATE TABLE catalogue_exams (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    code         TEXT    NOT NULL UNIQUE,
    label        TEXT    NOT NULL,
    loinc        TEXT    NOT NULL DEFAULT '',
    chapter_code TEXT    NOT NULL,
    version_id   INTEGER NOT NULL REFERENCES catalogue_versions(id)
);

CREATE TABLE catalogue_exam_analyses (
    exam_id       INTEGER NOT NULL REFERENCES catalogue_exams(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    analysis_code TEXT    NOT NULL,
    PRIMARY KEY (exam_id, position)
);

CREATE TABLE catalogue_analyses (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    local_code            TEXT    NOT NULL,
    version               INTEGER NOT NULL,
    valid_from_version_id INTEGER NOT NULL REFERENCES catalogue_versions(id),
    valid_to_version_id   INTEGER REFERENCES catalogue_versions(id),
    valid_from            TEXT    NOT NULL,
    label                 TEXT    NOT NULL,
    loinc                 TEXT    NOT NULL DEFAULT '',
    specimen              TEXT    NOT NULL DEFAULT '',
    method                TEXT    NOT NULL DEFAULT '',
    result_type           TEXT    NOT NULL CHECK (result_type IN ('numeric', 'coded', 'text')),
    unit                  TEXT    NOT NULL DEFAULT '',
    display_unit          TEXT    NOT NULL DEFAULT '',
    second_unit           TEXT    NOT NULL DEFAULT '',
    second_unit_factor    REAL,
    second_loinc          TEXT    NOT NULL DEFAULT '',
    decimals              INTEGER NOT NULL DEFAULT -1,
    formula               TEXT    NOT NULL DEFAULT '',
    UNIQUE (local_code, version)
);
CREATE UNIQUE INDEX catalogue_analyses_current ON catalogue_analyses (local_code) WHERE valid_to_version_id IS NULL;
CREATE INDEX catalogue_analyses_loinc ON catalogue_analyses (loinc);

CREATE TABLE catalogue_ranges (
    analysis_id   INTEGER NOT NULL REFERENCES catalogue_analyses(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    sex           TEXT    NOT NULL DEFAULT '' CHECK (sex IN ('', 'F', 'M')),
    age_min       TEXT    NOT NULL,                 -- "30d", "6m", "18y"
    age_max       TEXT    NOT NULL DEFAULT '',      -- '' = open
    low           REAL,
    high          REAL,
    critical_low  REAL,
    critical_high REAL,
    valid_low     REAL,
    valid_high    REAL,
    text          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (analysis_id, position)
);

CREATE TABLE catalogue_value_options (
    analysis_id INTEGER NOT NULL REFERENCES catalogue_analyses(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    code        TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    abnormal    INTEGER NOT NULL DEFAULT 0 CHECK (abnormal IN (0, 1)),
    PRIMARY KEY (analysis_id, position)
);

CREATE TABLE catalogue_analyzer_codes (
    analysis_id INTEGER NOT NULL REFERENCES catalogue_analyses(id) ON DELETE CASCADE,
    analyzer    TEXT    NOT NULL,
    code        TEXT    NOT NULL,
    PRIMARY KEY (analysis_id, analyzer, code)
);
CREATE INDEX catalogue_analyzer_codes_lookup ON catalogue_analyzer_codes (analyzer, code);

-- One row per change of a catalogue item (history screen).
CREATE TABLE catalogue_changes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id INTEGER NOT NULL REFERENCES catalogue_versions(id),
    item_kind  TEXT    NOT NULL CHECK (item_kind IN ('chapter', 'exam', 'analysis')),
    item_code  TEXT    NOT NULL,
    change     TEXT    NOT NULL CHECK (change IN ('created', 'updated')),
    fields     TEXT    NOT NULL DEFAULT ''           -- changed exchange-format columns, ','-separated
);
CREATE INDEX catalogue_changes_item ON catalogue_changes (item_kind, item_code);
