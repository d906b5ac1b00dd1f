-- sgl:foreign-keys-off
-- Orders, tubes, reception and the bench (issue 10). The dossiers table is rebuilt: SQLite cannot
-- change a CHECK constraint, and priority gains 'vital', status 'technically_validated'. The
-- rebuild follows the SQLite manual's procedure for tables other tables reference: foreign keys
-- off for this migration only (MigrationRunner, directive above), PRAGMA foreign_key_check before
-- commit, everything in one transaction.
CREATE TABLE dossiers_rebuilt (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    version              INTEGER NOT NULL DEFAULT 1,
    number               TEXT    NOT NULL UNIQUE,
    patient_id           INTEGER NOT NULL REFERENCES patients(id),
    status               TEXT    NOT NULL CHECK (status IN ('registered', 'in_progress', 'technically_validated', 'validated', 'reported', 'cancelled')),
    priority             TEXT    NOT NULL DEFAULT 'routine' CHECK (priority IN ('routine', 'urgent', 'vital')),
    prescriber_rpps      TEXT    NOT NULL DEFAULT '',
    prescriber_name      TEXT    NOT NULL DEFAULT '',
    prescriber_mssante   TEXT    NOT NULL DEFAULT '',
    clinical_info        TEXT    NOT NULL DEFAULT '',
    prescribed_on        TEXT,                                -- ISO date
    sampled_at           TEXT,
    sampler_kind         TEXT    NOT NULL DEFAULT 'lab' CHECK (sampler_kind IN ('lab', 'home_nurse', 'ward')),
    sampler_name         TEXT    NOT NULL DEFAULT '',
    origin               TEXT    NOT NULL DEFAULT 'external' CHECK (origin IN ('external', 'ward')),
    ward                 TEXT    NOT NULL DEFAULT '',
    report_to_prescriber INTEGER NOT NULL DEFAULT 1 CHECK (report_to_prescriber IN (0, 1)),
    report_to_patient    INTEGER NOT NULL DEFAULT 0 CHECK (report_to_patient IN (0, 1)),
    paper_copy           INTEGER NOT NULL DEFAULT 0 CHECK (paper_copy IN (0, 1)),
    created_by           TEXT    NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);
INSERT INTO dossiers_rebuilt (id, version, number, patient_id, status, priority, prescriber_rpps, prescriber_name,
                              clinical_info, created_by, created_at, updated_at)
SELECT id, version, number, patient_id, status, priority, prescriber_rpps, prescriber_name,
       clinical_info, created_by, created_at, updated_at FROM dossiers;
DROP TABLE dossiers;
ALTER TABLE dossiers_rebuilt RENAME TO dossiers;
CREATE INDEX dossiers_patient ON dossiers (patient_id);
CREATE INDEX dossiers_status ON dossiers (status);

-- Copies of the report (correspondants), in entry order.
CREATE TABLE dossier_correspondents (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id   INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    rpps         TEXT    NOT NULL DEFAULT '',
    name         TEXT    NOT NULL,
    mssante      TEXT    NOT NULL DEFAULT '',
    copy_report  INTEGER NOT NULL DEFAULT 1 CHECK (copy_report IN (0, 1)),
    UNIQUE (dossier_id, position)
);

-- Answers to the clinical questions the ordered analyses require (ClinicalQuestion codes).
CREATE TABLE dossier_clinical_answers (
    dossier_id    INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    question_code TEXT    NOT NULL,
    answer        TEXT    NOT NULL,
    PRIMARY KEY (dossier_id, question_code)
);

-- Exams ordered; a cancelled one stays with who, when and why.
CREATE TABLE dossier_exams (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    exam_code     TEXT    NOT NULL,
    state         TEXT    NOT NULL CHECK (state IN ('ordered', 'cancelled')),
    ordered_by    TEXT    NOT NULL,
    ordered_at    TEXT    NOT NULL,
    cancelled_by  TEXT    NOT NULL DEFAULT '',
    cancelled_at  TEXT,
    cancel_reason TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX dossier_exams_dossier ON dossier_exams (dossier_id);
CREATE UNIQUE INDEX dossier_exams_active ON dossier_exams (dossier_id, exam_code) WHERE state = 'ordered';

ALTER TABLE specimens ADD COLUMN container_code TEXT NOT NULL DEFAULT '';
ALTER TABLE specimens ADD COLUMN received_by TEXT NOT NULL DEFAULT '';
ALTER TABLE specimens ADD COLUMN label_prints INTEGER NOT NULL DEFAULT 0;

ALTER TABLE results ADD COLUMN ordered_exam_id INTEGER REFERENCES dossier_exams(id);
ALTER TABLE results ADD COLUMN bench TEXT NOT NULL DEFAULT '';
ALTER TABLE results ADD COLUMN reservation TEXT NOT NULL DEFAULT '';
CREATE INDEX results_worklist ON results (state, bench);

-- Pre-analytical non-conformities of a tube and their effect on each of its analyses.
CREATE TABLE specimen_nonconformities (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    specimen_id  INTEGER NOT NULL REFERENCES specimens(id) ON DELETE CASCADE,
    reason       TEXT    NOT NULL CHECK (reason IN ('haemolysed', 'clotted', 'insufficient_volume', 'wrong_container',
                                                    'unlabelled', 'mislabelled', 'transport_delay',
                                                    'temperature_exceeded', 'identity_mismatch', 'other')),
    comment      TEXT    NOT NULL DEFAULT '',
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);
CREATE INDEX specimen_nonconformities_specimen ON specimen_nonconformities (specimen_id);
CREATE TABLE nonconformity_effects (
    nonconformity_id INTEGER NOT NULL REFERENCES specimen_nonconformities(id) ON DELETE CASCADE,
    result_id        INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
    consequence      TEXT    NOT NULL CHECK (consequence IN ('new_sample', 'reservation')),
    PRIMARY KEY (nonconformity_id, result_id)
);

-- Every value a result had before the current one (reruns, dilutions, corrections) and every
-- state change, with who, when and why: nothing entered is ever lost.
CREATE TABLE result_history (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    result_id    INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
    at           TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    state_before TEXT    NOT NULL,
    state_after  TEXT    NOT NULL,
    value_kind   TEXT    NOT NULL,
    value_text   TEXT    NOT NULL DEFAULT '',   -- the value as displayed ("> 500", "Positif")
    flag         TEXT,
    reason       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX result_history_result ON result_history (result_id);

-- Numbering (tube barcodes, dossier numbers): one row per sequence, incremented in the
-- transaction that uses the number.
CREATE TABLE counters (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
);

-- Every label print and reprint (reprints need a reason).
CREATE TABLE label_prints (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    specimen_id INTEGER NOT NULL REFERENCES specimens(id) ON DELETE CASCADE,
    printed_by  TEXT    NOT NULL,
    printed_at  TEXT    NOT NULL,
    copies      INTEGER NOT NULL CHECK (copies > 0),
    reason      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX label_prints_specimen ON label_prints (specimen_id);
