-- MSSanté return receipts and bounces name the message they are about by its Message-ID, which
-- the MSSanté senders record as the row's acknowledgement (issue 13): the mailbox poll finds the
-- row by it.
CREATE INDEX outbox_acknowledgement ON outbox (acknowledgement);
