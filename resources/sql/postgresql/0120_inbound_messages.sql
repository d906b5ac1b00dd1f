-- Every HL7 message received on an inbound interface (PAM France feed), kept raw and never
-- deleted: accepted ones for traceability, rejected ones for review with their error, resent
-- ones as duplicates. Idempotence: one accepted row per (sender, control_id).
CREATE TABLE inbound_messages (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel        TEXT    NOT NULL,
    sender         TEXT    NOT NULL DEFAULT '',
    control_id     TEXT    NOT NULL DEFAULT '',
    message_type   TEXT    NOT NULL DEFAULT '',
    peer           TEXT    NOT NULL DEFAULT '',
    raw            BYTEA   NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('accepted', 'rejected', 'duplicate')),
    ack_code       TEXT    NOT NULL DEFAULT '',
    error_code     TEXT    NOT NULL DEFAULT '',
    error_text     TEXT    NOT NULL DEFAULT '',
    error_location TEXT    NOT NULL DEFAULT '',
    warnings       TEXT    NOT NULL DEFAULT '',
    patient_id     BIGINT REFERENCES patients(id),
    duplicate_of   BIGINT REFERENCES inbound_messages(id),
    processed_at   TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX inbound_messages_accepted_key ON inbound_messages (sender, control_id)
    WHERE status = 'accepted';
CREATE INDEX inbound_messages_status ON inbound_messages (status, received_at);
