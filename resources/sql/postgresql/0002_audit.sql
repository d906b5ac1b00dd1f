-- Append-only, hash-chained audit trail. `seq` is assigned by the application (head.last_seq + 1)
-- so a deleted row leaves a visible gap; `at` keeps the exact canonical text that was hashed.
CREATE TABLE audit_log (
    seq          BIGINT  PRIMARY KEY,
    at           TEXT    NOT NULL,
    actor_id     BIGINT,
    actor_login  TEXT    NOT NULL,
    workstation  TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    entity_type  TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    before_json  TEXT,
    after_json   TEXT,
    prev_hash    TEXT    NOT NULL,
    hash         TEXT    NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);

-- One row: the end of the chain. Updating it inside each append serialises writers.
CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT  NOT NULL,
    last_hash TEXT    NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log est en ajout seul';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
