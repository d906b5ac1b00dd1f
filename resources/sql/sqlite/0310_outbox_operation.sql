-- What the dispatcher does with an outbox row (issue 13 items 2 and 6): 'send' the document
-- (the row's first life), then, for a DMP row already sent, 'update_sharing' (ITI-57: the
-- version's masks changed after publication) or 'delete' (the document withdrawn from the
-- DMP, UpdateAvailabilityStatus). The same row cycles back to 'pending' with the new operation:
-- its attempts keep the history of every operation.
ALTER TABLE outbox ADD COLUMN operation TEXT NOT NULL DEFAULT 'send'
    CHECK (operation IN ('send', 'update_sharing', 'delete'));
