-- MSSanté messages the mailbox poll kept for a human (issue 13, "nothing lost"): held (plain
-- mail, malformed MDN/DSN, receipt for an unknown message, unreadable attachment, document for
-- an unknown dossier or another patient) or nonconforming (received CR-BIO failing the check).
-- The Envois screen lists the open ones; a human saves the message (.eml) and marks it handled
-- with a note. One row per Message-ID: a message read again (crash before it was flagged in the
-- mailbox) is not a second row. `raw` keeps at most the first 10 MiB; raw_size is the size read.
CREATE TABLE mailbox_message (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id    TEXT    NOT NULL,
    mailbox_uid   BIGINT  NOT NULL DEFAULT 0,
    received_at   TIMESTAMPTZ NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    sender        TEXT    NOT NULL DEFAULT '',
    subject       TEXT    NOT NULL DEFAULT '',
    outcome       TEXT    NOT NULL CHECK (outcome IN ('held', 'nonconforming')),
    reason        TEXT    NOT NULL DEFAULT '',
    raw           BYTEA   NOT NULL,
    raw_size      BIGINT  NOT NULL DEFAULT 0,
    state         TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'handled')),
    handled_by    TEXT    NOT NULL DEFAULT '',
    handled_at    TIMESTAMPTZ,
    handling_note TEXT    NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX mailbox_message_key ON mailbox_message (message_id);
CREATE INDEX mailbox_message_state ON mailbox_message (state, received_at);
