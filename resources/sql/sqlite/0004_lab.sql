-- Dossiers (requests), specimens and results. Results name their analysis by the catalogue's
-- code (analysis_code) and, once the catalogue module exists, its version row
-- (catalogue_version_id, deliberately without foreign key: the catalogue tables belong to
-- migrations 0200-0299 and results must outlive catalogue edits).
CREATE TABLE dossiers (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    version         INTEGER NOT NULL DEFAULT 1,
    number          TEXT    NOT NULL UNIQUE,
    patient_id      INTEGER NOT NULL REFERENCES patients(id),
    status          TEXT    NOT NULL CHECK (status IN ('registered', 'in_progress', 'validated', 'reported', 'cancelled')),
    priority        TEXT    NOT NULL DEFAULT 'routine' CHECK (priority IN ('routine', 'urgent')),
    prescriber_rpps TEXT    NOT NULL DEFAULT '',
    prescriber_name TEXT    NOT NULL DEFAULT '',
    clinical_info   TEXT    NOT NULL DEFAULT '',
    created_by      TEXT    NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX dossiers_patient ON dossiers (patient_id);
CREATE INDEX dossiers_status ON dossiers (status);

CREATE TABLE specimens (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id       INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    barcode          TEXT    NOT NULL UNIQUE,
    type_code        TEXT    NOT NULL,                   -- SNOMED CT / HL7 0487
    type_label       TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL CHECK (status IN ('expected', 'received', 'rejected')),
    rejection_reason TEXT    NOT NULL DEFAULT '',
    collected_at     TEXT,
    received_at      TEXT
);
CREATE INDEX specimens_dossier ON specimens (dossier_id);

CREATE TABLE results (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    version              INTEGER NOT NULL DEFAULT 1,
    dossier_id           INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    patient_id           INTEGER NOT NULL REFERENCES patients(id),  -- denormalised for history lookups
    specimen_id          INTEGER REFERENCES specimens(id),
    analysis_code        TEXT    NOT NULL,
    catalogue_version_id INTEGER,
    value_kind           TEXT    NOT NULL CHECK (value_kind IN ('empty', 'numeric', 'coded', 'text')),
    value_number         TEXT,                               -- canonical decimal as measured ("5.10")
    value_double         REAL,                              -- same, for sorting and delta checks
    comparator           TEXT    NOT NULL DEFAULT '' CHECK (comparator IN ('', '<', '<=', '>', '>=')),
    unit                 TEXT    NOT NULL DEFAULT '',
    coded_code           TEXT,
    coded_system         TEXT,
    coded_system_name    TEXT,
    coded_display        TEXT,
    value_text           TEXT,
    flag                 TEXT,                               -- HL7 0078
    ref_low              TEXT,
    ref_high             TEXT,
    state                TEXT    NOT NULL CHECK (state IN ('pending', 'entered', 'technically_validated', 'validated', 'rerun_requested', 'cancelled')),
    observed_at          TEXT,
    entered_by           TEXT,
    entered_at           TEXT,
    tech_validated_by    TEXT,
    tech_validated_at    TEXT,
    validated_by         TEXT,
    validated_at         TEXT,
    comment              TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX results_dossier ON results (dossier_id);
CREATE INDEX results_patient_analysis ON results (patient_id, analysis_code, observed_at);
CREATE INDEX results_specimen ON results (specimen_id);
