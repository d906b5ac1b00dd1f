-- Identity of this database for the audit tail anchors (`sgl audit-anchor`): a random id drawn
-- once, when this migration runs, and written in every anchor so that an anchor file of another
-- database (or of a database rebuilt from scratch) is told apart. Never changes: triggers refuse
-- UPDATE and DELETE like on audit_log.
CREATE TABLE audit_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    database_id TEXT    NOT NULL CHECK (length(database_id) = 32),
    created_at  TEXT    NOT NULL
);
INSERT INTO audit_identity (id, database_id, created_at)
VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TRIGGER audit_identity_no_update BEFORE UPDATE ON audit_identity
BEGIN
    SELECT RAISE(ABORT, 'audit_identity ne change jamais');
END;
CREATE TRIGGER audit_identity_no_delete BEFORE DELETE ON audit_identity
BEGIN
    SELECT RAISE(ABORT, 'audit_identity ne change jamais');
END;
