-- Patients (domain::Patient): identity traits, RNIV status, INS, RNIV attributes, evidence.
-- Dates of birth are ISO text (YYYY-MM-DD) in both dialects; birth_date_raw keeps INSi's "00".
CREATE TABLE patients (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    version           INTEGER NOT NULL DEFAULT 1,
    local_id          TEXT    NOT NULL UNIQUE,            -- IPP
    birth_name        TEXT    NOT NULL,
    first_birth_name  TEXT    NOT NULL DEFAULT '',
    birth_first_names TEXT    NOT NULL DEFAULT '',        -- space separated, in order
    birth_date        TEXT,
    birth_date_raw    TEXT    NOT NULL DEFAULT '',
    sex               TEXT    NOT NULL CHECK (sex IN ('F', 'M', 'U')),
    birth_place_cog   TEXT    NOT NULL DEFAULT '',
    used_name         TEXT    NOT NULL DEFAULT '',
    used_first_name   TEXT    NOT NULL DEFAULT '',
    search_name       TEXT    NOT NULL,                   -- upper case, no diacritics: birth + used names
    status            TEXT    NOT NULL CHECK (status IN ('PROV', 'RECUP', 'VALI', 'QUAL')),
    ins_matricule     TEXT,
    ins_key           TEXT,
    ins_oid           TEXT,
    ins_valid_from    TEXT,
    ins_valid_to      TEXT,
    doubtful          INTEGER NOT NULL DEFAULT 0,
    fictitious        INTEGER NOT NULL DEFAULT 0,
    homonym           INTEGER NOT NULL DEFAULT 0,
    merged_into       INTEGER REFERENCES patients(id),
    phone             TEXT    NOT NULL DEFAULT '',
    email             TEXT    NOT NULL DEFAULT '',
    address           TEXT    NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX patients_search_name ON patients (search_name);
CREATE INDEX patients_birth_date ON patients (birth_date);
CREATE INDEX patients_ins ON patients (ins_matricule);

CREATE TABLE patient_evidence (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id  INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT '',
    checked_by  TEXT NOT NULL,
    checked_at  TEXT NOT NULL
);
CREATE INDEX patient_evidence_patient ON patient_evidence (patient_id);
