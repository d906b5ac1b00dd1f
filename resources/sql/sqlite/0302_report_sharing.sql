-- Sharing choices of each report version (issue 12 item 6), chosen at validation and read by
-- the dispatcher: DMP withheld for this one document with its reason (Ségur: never by a
-- setting), DMP masks (MASQUE_PS, INVISIBLE_PATIENT until the announcement consultation,
-- INVISIBLE_REPRESENTANTS_LEGAUX) and the patient's MSSanté copy (qualified INS only).
ALTER TABLE report_versions ADD COLUMN dmp_withheld INTEGER NOT NULL DEFAULT 0 CHECK (dmp_withheld IN (0, 1));
ALTER TABLE report_versions ADD COLUMN withhold_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE report_versions ADD COLUMN masked_to_professionals INTEGER NOT NULL DEFAULT 0 CHECK (masked_to_professionals IN (0, 1));
ALTER TABLE report_versions ADD COLUMN hidden_until_announcement INTEGER NOT NULL DEFAULT 0 CHECK (hidden_until_announcement IN (0, 1));
ALTER TABLE report_versions ADD COLUMN hidden_from_legal_representatives INTEGER NOT NULL DEFAULT 0 CHECK (hidden_from_legal_representatives IN (0, 1));
ALTER TABLE report_versions ADD COLUMN patient_mss INTEGER NOT NULL DEFAULT 0 CHECK (patient_mss IN (0, 1));

-- Outbox rows the dispatcher never claims: 'withheld' (DMP withheld by the biologist for this
-- document) and 'blocked' (channel unusable for it, e.g. DMP without qualified INS), the reason
-- in last_error. SQLite cannot alter a CHECK: the table is rebuilt (nothing references it).
CREATE TABLE outbox_rebuilt (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel         TEXT    NOT NULL CHECK (channel IN ('dmp', 'mss_pro', 'mss_patient', 'dpi')),
    recipient       TEXT    NOT NULL,
    document_ref    TEXT    NOT NULL,                    -- document uniqueId (idempotence key)
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'acknowledged', 'failed', 'cancelled', 'withheld', 'blocked')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (channel, recipient, document_ref)
);
INSERT INTO outbox_rebuilt (id, channel, recipient, document_ref, state, attempts, next_attempt_at, last_error, created_at, updated_at)
    SELECT id, channel, recipient, document_ref, state, attempts, next_attempt_at, last_error, created_at, updated_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
