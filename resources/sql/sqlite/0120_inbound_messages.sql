-- Every HL7 message received on an inbound interface (PAM France feed), kept raw and never
-- deleted: accepted ones for traceability, rejected ones for review with their error, resent
-- ones as duplicates. Idempotence: one accepted row per (sender, control_id).
CREATE TABLE inbound_messages (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    channel        TEXT    NOT NULL,                     -- 'pam'
    sender         TEXT    NOT NULL DEFAULT '',          -- MSH-3|MSH-4 ('' when unreadable)
    control_id     TEXT    NOT NULL DEFAULT '',          -- MSH-10
    message_type   TEXT    NOT NULL DEFAULT '',          -- ADT^A28
    peer           TEXT    NOT NULL DEFAULT '',          -- host:port it came from
    raw            BLOB    NOT NULL,                     -- bytes as received (unframed)
    received_at    TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('accepted', 'rejected', 'duplicate')),
    ack_code       TEXT    NOT NULL DEFAULT '',          -- AA, AE, AR
    error_code     TEXT    NOT NULL DEFAULT '',
    error_text     TEXT    NOT NULL DEFAULT '',
    error_location TEXT    NOT NULL DEFAULT '',          -- ERL, e.g. PID^1^7
    warnings       TEXT    NOT NULL DEFAULT '',          -- one per line
    patient_id     INTEGER REFERENCES patients(id),
    duplicate_of   INTEGER REFERENCES inbound_messages(id),
    processed_at   TEXT    NOT NULL
);
CREATE UNIQUE INDEX inbound_messages_accepted_key ON inbound_messages (sender, control_id)
    WHERE status = 'accepted';
CREATE INDEX inbound_messages_status ON inbound_messages (status, received_at);
