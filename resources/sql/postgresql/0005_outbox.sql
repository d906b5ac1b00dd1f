-- Dispatch outbox, written in the validation/report transaction; the dispatcher claims rows.
CREATE TABLE outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         TEXT    NOT NULL CHECK (channel IN ('dmp', 'mss_pro', 'mss_patient', 'dpi')),
    recipient       TEXT    NOT NULL,
    document_ref    TEXT    NOT NULL,                    -- document uniqueId (idempotence key)
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'acknowledged', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (channel, recipient, document_ref)
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
