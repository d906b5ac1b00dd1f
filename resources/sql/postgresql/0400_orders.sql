-- Orders, tubes, reception and the bench (issue 10). Same schema as the SQLite migration of the
-- same number (tests/storage/SchemaParity_test.cpp checks it).
ALTER TABLE dossiers DROP CONSTRAINT dossiers_status_check;
ALTER TABLE dossiers ADD CONSTRAINT dossiers_status_check
    CHECK (status IN ('registered', 'in_progress', 'technically_validated', 'validated', 'reported', 'cancelled'));
ALTER TABLE dossiers DROP CONSTRAINT dossiers_priority_check;
ALTER TABLE dossiers ADD CONSTRAINT dossiers_priority_check CHECK (priority IN ('routine', 'urgent', 'vital'));
ALTER TABLE dossiers ADD COLUMN prescriber_mssante TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN prescribed_on DATE;
ALTER TABLE dossiers ADD COLUMN sampled_at TIMESTAMPTZ;
ALTER TABLE dossiers ADD COLUMN sampler_kind TEXT NOT NULL DEFAULT 'lab' CHECK (sampler_kind IN ('lab', 'home_nurse', 'ward'));
ALTER TABLE dossiers ADD COLUMN sampler_name TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN origin TEXT NOT NULL DEFAULT 'external' CHECK (origin IN ('external', 'ward'));
ALTER TABLE dossiers ADD COLUMN ward TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN report_to_prescriber BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE dossiers ADD COLUMN report_to_patient BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE dossiers ADD COLUMN paper_copy BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE dossier_correspondents (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id   BIGINT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    rpps         TEXT    NOT NULL DEFAULT '',
    name         TEXT    NOT NULL,
    mssante      TEXT    NOT NULL DEFAULT '',
    copy_report  BOOLEAN NOT NULL DEFAULT TRUE,
    UNIQUE (dossier_id, position)
);

CREATE TABLE dossier_clinical_answers (
    dossier_id    BIGINT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    question_code TEXT   NOT NULL,
    answer        TEXT   NOT NULL,
    PRIMARY KEY (dossier_id, question_code)
);

CREATE TABLE dossier_exams (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id    BIGINT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    exam_code     TEXT   NOT NULL,
    state         TEXT   NOT NULL CHECK (state IN ('ordered', 'cancelled')),
    ordered_by    TEXT   NOT NULL,
    ordered_at    TIMESTAMPTZ NOT NULL,
    cancelled_by  TEXT   NOT NULL DEFAULT '',
    cancelled_at  TIMESTAMPTZ,
    cancel_reason TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX dossier_exams_dossier ON dossier_exams (dossier_id);
CREATE UNIQUE INDEX dossier_exams_active ON dossier_exams (dossier_id, exam_code) WHERE state = 'ordered';

ALTER TABLE specimens ADD COLUMN container_code TEXT NOT NULL DEFAULT '';
ALTER TABLE specimens ADD COLUMN received_by TEXT NOT NULL DEFAULT '';
ALTER TABLE specimens ADD COLUMN label_prints INTEGER NOT NULL DEFAULT 0;

ALTER TABLE results ADD COLUMN ordered_exam_id BIGINT REFERENCES dossier_exams(id);
ALTER TABLE results ADD COLUMN bench TEXT NOT NULL DEFAULT '';
ALTER TABLE results ADD COLUMN reservation TEXT NOT NULL DEFAULT '';
CREATE INDEX results_worklist ON results (state, bench);

CREATE TABLE specimen_nonconformities (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    specimen_id  BIGINT NOT NULL REFERENCES specimens(id) ON DELETE CASCADE,
    reason       TEXT   NOT NULL CHECK (reason IN ('haemolysed', 'clotted', 'insufficient_volume', 'wrong_container',
                                                   'unlabelled', 'mislabelled', 'transport_delay',
                                                   'temperature_exceeded', 'identity_mismatch', 'other')),
    comment      TEXT   NOT NULL DEFAULT '',
    recorded_by  TEXT   NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX specimen_nonconformities_specimen ON specimen_nonconformities (specimen_id);
CREATE TABLE nonconformity_effects (
    nonconformity_id BIGINT NOT NULL REFERENCES specimen_nonconformities(id) ON DELETE CASCADE,
    result_id        BIGINT NOT NULL REFERENCES results(id) ON DELETE CASCADE,
    consequence      TEXT   NOT NULL CHECK (consequence IN ('new_sample', 'reservation')),
    PRIMARY KEY (nonconformity_id, result_id)
);

CREATE TABLE result_history (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    result_id    BIGINT NOT NULL REFERENCES results(id) ON DELETE CASCADE,
    at           TIMESTAMPTZ NOT NULL,
    actor        TEXT   NOT NULL,
    action       TEXT   NOT NULL,
    state_before TEXT   NOT NULL,
    state_after  TEXT   NOT NULL,
    value_kind   TEXT   NOT NULL,
    value_text   TEXT   NOT NULL DEFAULT '',
    flag         TEXT,
    reason       TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX result_history_result ON result_history (result_id);

CREATE TABLE counters (
    name  TEXT   PRIMARY KEY,
    value BIGINT NOT NULL
);

CREATE TABLE label_prints (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    specimen_id BIGINT NOT NULL REFERENCES specimens(id) ON DELETE CASCADE,
    printed_by  TEXT   NOT NULL,
    printed_at  TIMESTAMPTZ NOT NULL,
    copies      INTEGER NOT NULL CHECK (copies > 0),
    reason      TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX label_prints_specimen ON label_prints (specimen_id);
