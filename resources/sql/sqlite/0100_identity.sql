-- Identity helper (identity vigilance): phonetic search keys, INS history from INSi, merge log.
-- Keys are computed by domain::PhoneticKey (key_version = PhoneticKey::version()).
CREATE TABLE patient_identity_keys (
    patient_id      INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
    birth_name_key  TEXT    NOT NULL,
    used_name_key   TEXT    NOT NULL DEFAULT '',
    first_name_key  TEXT    NOT NULL DEFAULT '',
    birth_date      TEXT,
    key_version     INTEGER NOT NULL
);
CREATE INDEX patient_identity_keys_birth ON patient_identity_keys (birth_name_key, birth_date);
CREATE INDEX patient_identity_keys_used ON patient_identity_keys (used_name_key, birth_date);

-- Every INS INSi returned for a patient when the user accepted the answer (active + INSHISTO).
CREATE TABLE patient_ins_history (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id   INTEGER NOT NULL REFERENCES patients(id),
    matricule    TEXT    NOT NULL,
    ins_key      TEXT    NOT NULL,
    oid          TEXT    NOT NULL,
    active       INTEGER NOT NULL,
    valid_from   TEXT,
    valid_to     TEXT,
    message_id   TEXT    NOT NULL DEFAULT '',
    recorded_at  TEXT    NOT NULL
);
CREATE INDEX patient_ins_history_patient ON patient_ins_history (patient_id);

-- Merges: enough to reconstruct (and, by hand, undo) each one.
CREATE TABLE patient_merges (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    survivor_id      INTEGER NOT NULL REFERENCES patients(id),
    merged_id        INTEGER NOT NULL REFERENCES patients(id),
    survivor_before  TEXT    NOT NULL,   -- PatientJson of both records before the merge
    merged_before    TEXT    NOT NULL,
    moved_rows       TEXT    NOT NULL,   -- JSON {"dossiers":[ids],"results":[ids],...}
    merged_by        TEXT    NOT NULL,
    merged_at        TEXT    NOT NULL
);
CREATE INDEX patient_merges_survivor ON patient_merges (survivor_id);
CREATE INDEX patient_merges_merged ON patient_merges (merged_id);
