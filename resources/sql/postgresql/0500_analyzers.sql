-- Analyzer connectivity (issue 11): profiles as data with their history, every instrument message
-- kept raw, the held-result queue, QC results recorded against the instrument, and the results'
-- provenance (which analyzer, its flags, the message the value came in).

-- One row per analyzer profile; `document` is the AnalyzerProfileJson text (the source of truth),
-- the other columns copy what lists and lookups need without parsing it.
CREATE TABLE analyzer_profiles (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    name        TEXT    NOT NULL UNIQUE,
    label       TEXT    NOT NULL DEFAULT '',
    analyzer_id TEXT    NOT NULL DEFAULT '',
    protocol    TEXT    NOT NULL CHECK (protocol IN ('astm', 'hl7')),
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    document    TEXT    NOT NULL,
    updated_by  TEXT    NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- The document a change replaced (empty for the creation), who, when and why.
CREATE TABLE analyzer_profile_history (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_id        BIGINT  NOT NULL REFERENCES analyzer_profiles(id),
    profile_name      TEXT    NOT NULL,
    version           INTEGER NOT NULL,                 -- the version the change produced
    previous_document TEXT    NOT NULL DEFAULT '',
    changed_by        TEXT    NOT NULL,
    changed_at        TIMESTAMPTZ NOT NULL,
    reason            TEXT    NOT NULL
);
CREATE INDEX analyzer_profile_history_profile ON analyzer_profile_history (profile_id, id);

-- Every instrument message as received (unframed bytes), never deleted. The digest (SHA-256 of
-- raw, hex) is unique per profile: an instrument re-sending the same message is stored once.
CREATE TABLE analyzer_messages (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_name   TEXT    NOT NULL,
    protocol       TEXT    NOT NULL DEFAULT '' CHECK (protocol IN ('', 'astm', 'hl7')),
    peer           TEXT    NOT NULL DEFAULT '',
    control_id     TEXT    NOT NULL DEFAULT '',
    raw            BYTEA   NOT NULL,
    digest         TEXT    NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL,
    processed_at   TIMESTAMPTZ NOT NULL,
    result_count   INTEGER NOT NULL DEFAULT 0,
    stored_count   INTEGER NOT NULL DEFAULT 0,
    held_count     INTEGER NOT NULL DEFAULT 0,
    qc_count       INTEGER NOT NULL DEFAULT 0,
    ignored_count  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (profile_name, digest)
);
CREATE INDEX analyzer_messages_received ON analyzer_messages (received_at);

-- Results the gateway could not store, until a technician attaches or rejects them.
CREATE TABLE analyzer_held_items (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    message_id       BIGINT  NOT NULL REFERENCES analyzer_messages(id),
    profile_name     TEXT    NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    specimen_id      TEXT    NOT NULL DEFAULT '',
    test_code        TEXT    NOT NULL DEFAULT '',
    analysis_code    TEXT    NOT NULL DEFAULT '',
    value_text       TEXT    NOT NULL DEFAULT '',
    instrument_flags TEXT    NOT NULL DEFAULT '',        -- one flag per line, as sent
    observed_at      TIMESTAMPTZ,
    reason_code      TEXT    NOT NULL,
    reason_text      TEXT    NOT NULL DEFAULT '',
    location         TEXT    NOT NULL DEFAULT '',
    state            TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'attached', 'rejected')),
    resolved_by      TEXT    NOT NULL DEFAULT '',
    resolved_at      TIMESTAMPTZ,
    resolution       TEXT    NOT NULL DEFAULT '',
    result_id        BIGINT REFERENCES results(id)      -- attached: the result it was stored on
);
CREATE INDEX analyzer_held_items_state ON analyzer_held_items (state, received_at);
CREATE INDEX analyzer_held_items_code ON analyzer_held_items (profile_name, test_code, state);

-- Quality-control results, recorded against the instrument, never on a patient dossier.
CREATE TABLE analyzer_qc_results (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id    BIGINT  NOT NULL REFERENCES analyzer_messages(id),
    profile_name  TEXT    NOT NULL,
    specimen_id   TEXT    NOT NULL DEFAULT '',           -- control material id as sent
    lot           TEXT    NOT NULL DEFAULT '',           -- lot as sent, when the instrument sends one
    test_code     TEXT    NOT NULL DEFAULT '',
    analysis_code TEXT    NOT NULL DEFAULT '',
    value_text    TEXT    NOT NULL DEFAULT '',
    units         TEXT    NOT NULL DEFAULT '',
    flags         TEXT    NOT NULL DEFAULT '',           -- one flag per line, as sent
    instrument_id TEXT    NOT NULL DEFAULT '',
    observed_at   TIMESTAMPTZ
);
CREATE INDEX analyzer_qc_results_test ON analyzer_qc_results (profile_name, test_code, observed_at);

-- Provenance of a value: the analyzer profile, its flags (one per line, as sent) and the message.
-- The run time is results.observed_at.
ALTER TABLE results ADD COLUMN analyzer TEXT NOT NULL DEFAULT '';
ALTER TABLE results ADD COLUMN instrument_flags TEXT NOT NULL DEFAULT '';
ALTER TABLE results ADD COLUMN analyzer_message_id BIGINT REFERENCES analyzer_messages(id);
