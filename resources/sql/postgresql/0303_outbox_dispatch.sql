-- Outbox dispatcher (issue 13 item 1). A claimed row is 'sending' under a lease (claimed_by,
-- lease_until): a row whose lease expired (dispatcher killed) is claimable again. 'parked': the
-- dispatcher gave up (permanent failure or maximum attempts) and waits for a human. retry_base
-- is the attempt count at the last human retry (the attempt budget restarts there, the attempt
-- numbers do not: they name the attempts). version: optimistic lock of the human actions.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_until TIMESTAMPTZ;
ALTER TABLE outbox ADD COLUMN acknowledgement TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN retry_base INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_state_check
    CHECK (state IN ('pending', 'sending', 'sent', 'acknowledged', 'failed', 'cancelled', 'withheld', 'blocked', 'parked'));

-- Every attempt, so that a human sees what happened: 'open' while sending (left open by a
-- dispatcher that died, then 'abandoned' when the row is claimed again), 'sent', 'transient',
-- 'permanent', or 'lost' (the outcome came back after the lease had passed to another dispatcher).
CREATE TABLE outbox_attempts (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id       BIGINT  NOT NULL REFERENCES outbox(id),
    attempt_no      INTEGER NOT NULL,
    claimed_by      TEXT    NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    ended_at        TIMESTAMPTZ,
    outcome         TEXT    NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'sent', 'transient', 'permanent', 'abandoned', 'lost')),
    error           TEXT    NOT NULL DEFAULT '',
    acknowledgement TEXT    NOT NULL DEFAULT '',
    UNIQUE (outbox_id, attempt_no)
);
