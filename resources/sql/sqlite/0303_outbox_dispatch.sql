-- Outbox dispatcher (issue 13 item 1). A claimed row is 'sending' under a lease (claimed_by,
-- lease_until): a row whose lease expired (dispatcher killed) is claimable again. 'parked': the
-- dispatcher gave up (permanent failure or maximum attempts) and waits for a human. retry_base
-- is the attempt count at the last human retry (the attempt budget restarts there, the attempt
-- numbers do not: they name the attempts). version: optimistic lock of the human actions.
-- SQLite cannot alter a CHECK: the table is rebuilt (nothing references it yet).
CREATE TABLE outbox_rebuilt (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel         TEXT    NOT NULL CHECK (channel IN ('dmp', 'mss_pro', 'mss_patient', 'dpi')),
    recipient       TEXT    NOT NULL,
    document_ref    TEXT    NOT NULL,                    -- document uniqueId (idempotence key)
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'acknowledged', 'failed', 'cancelled', 'withheld', 'blocked', 'parked')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    claimed_by      TEXT    NOT NULL DEFAULT '',
    lease_until     TEXT,
    acknowledgement TEXT    NOT NULL DEFAULT '',
    retry_base      INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (channel, recipient, document_ref)
);
INSERT INTO outbox_rebuilt (id, channel, recipient, document_ref, state, attempts, next_attempt_at, last_error, created_at, updated_at)
    SELECT id, channel, recipient, document_ref, state, attempts, next_attempt_at, last_error, created_at, updated_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

-- Every attempt, so that a human sees what happened: 'open' while sending (left open by a
-- dispatcher that died, then 'abandoned' when the row is claimed again), 'sent', 'transient',
-- 'permanent', or 'lost' (the outcome came back after the lease had passed to another dispatcher).
CREATE TABLE outbox_attempts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    outbox_id       INTEGER NOT NULL REFERENCES outbox(id),
    attempt_no      INTEGER NOT NULL,
    claimed_by      TEXT    NOT NULL,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    outcome         TEXT    NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'sent', 'transient', 'permanent', 'abandoned', 'lost')),
    error           TEXT    NOT NULL DEFAULT '',
    acknowledgement TEXT    NOT NULL DEFAULT '',
    UNIQUE (outbox_id, attempt_no)
);
