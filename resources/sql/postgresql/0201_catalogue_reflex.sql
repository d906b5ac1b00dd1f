-- Catalogue: reflex rules, retired analyses/exams, wider history (helper "catalogue-core").
-- Retiring an analysis is a change of its definition: a new version row with retired = TRUE, so
-- a result keeps resolving the (then active) definition it was produced with.
ALTER TABLE catalogue_analyses ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE catalogue_exams ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;

-- Reflex test rules (tests réflexes): updated in place, every change logged in catalogue_changes
-- (item_kind 'reflex'); results never reference a rule, so a rule may be deleted.
CREATE TABLE catalogue_reflex_rules (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         TEXT    NOT NULL UNIQUE,
    label        TEXT    NOT NULL,
    trigger_code TEXT    NOT NULL,
    condition    TEXT    NOT NULL CHECK (condition IN ('>', '>=', '<', '<=', 'abnormal', 'critical', 'coded')),
    threshold    DOUBLE PRECISION,
    coded_values TEXT    NOT NULL DEFAULT '',        -- value-option codes, '|'-separated
    add_code     TEXT    NOT NULL,
    automatic    BOOLEAN NOT NULL DEFAULT FALSE,
    active       BOOLEAN NOT NULL DEFAULT TRUE,
    sort_order   INTEGER NOT NULL DEFAULT 0,
    version_id   BIGINT  NOT NULL REFERENCES catalogue_versions(id)
);
CREATE INDEX catalogue_reflex_rules_trigger ON catalogue_reflex_rules (trigger_code);

-- The history's CHECK constraints gain the new kinds and changes. 0200 declared them inline, so
-- PostgreSQL named them <table>_<column>_check; they are looked up by the column they check
-- rather than assumed, so a database whose constraints were renamed is migrated too. The lookup
-- goes through conrelid only (no pg_get_constraintdef over the whole catalog): other schemas
-- being dropped at the same moment must not be touched ("could not open relation with OID").
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT con.conname
        FROM pg_constraint con
        WHERE con.conrelid = 'catalogue_changes'::regclass
          AND con.contype = 'c'
          AND EXISTS (SELECT 1 FROM pg_attribute a
                      WHERE a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
                        AND a.attname IN ('item_kind', 'change'))
    LOOP
        EXECUTE format('ALTER TABLE catalogue_changes DROP CONSTRAINT %I', c.conname);
    END LOOP;
END
$$;
ALTER TABLE catalogue_changes ADD CONSTRAINT catalogue_changes_item_kind_check
    CHECK (item_kind IN ('chapter', 'exam', 'analysis', 'reflex'));
ALTER TABLE catalogue_changes ADD CONSTRAINT catalogue_changes_change_check
    CHECK (change IN ('created', 'updated', 'retired', 'reactivated', 'deleted'));
