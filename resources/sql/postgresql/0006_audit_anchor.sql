-- Identity of this database for the audit tail anchors (`sgl audit-anchor`): a random id drawn
-- once, when this migration runs, and written in every anchor so that an anchor file of another
-- database (or of a database rebuilt from scratch) is told apart. Never changes: triggers refuse
-- UPDATE, DELETE and TRUNCATE like on audit_log.
CREATE TABLE audit_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    database_id TEXT    NOT NULL CHECK (length(database_id) = 32),
    created_at  TEXT    NOT NULL
);
INSERT INTO audit_identity (id, database_id, created_at)
VALUES (1, replace(gen_random_uuid()::text, '-', ''),
        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));

CREATE FUNCTION audit_identity_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_identity ne change jamais';
END;
$$;
CREATE TRIGGER audit_identity_no_update BEFORE UPDATE OR DELETE ON audit_identity
    FOR EACH ROW EXECUTE FUNCTION audit_identity_immutable();
CREATE TRIGGER audit_identity_no_truncate BEFORE TRUNCATE ON audit_identity
    FOR EACH STATEMENT EXECUTE FUNCTION audit_identity_immutable();
