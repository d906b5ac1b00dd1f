-- Biological validation (issue 12): call-back records of critical values, and the biologist's
-- decisions on reflex proposals. Both are append-only facts read again at every validation and
-- batch release (a critical value cannot be validated until it has a call-back record; a reflex
-- proposal neither accepted nor declined keeps the dossier out of batch release).

-- Who was told a critical value, how, when, and the read-back or, when nobody could be reached,
-- the escalation taken. A second call is a second row.
CREATE TABLE critical_callbacks (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers(id),
    result_id     INTEGER NOT NULL REFERENCES results(id),
    analysis_code TEXT    NOT NULL,
    value_text    TEXT    NOT NULL DEFAULT '',
    called_name   TEXT    NOT NULL,
    method        TEXT    NOT NULL CHECK (method IN ('phone', 'in_person', 'mssante', 'other')),
    called_at     TEXT    NOT NULL,
    read_back     INTEGER NOT NULL DEFAULT 0 CHECK (read_back IN (0, 1)),
    unreachable   INTEGER NOT NULL DEFAULT 0 CHECK (unreachable IN (0, 1)),
    escalation    TEXT    NOT NULL DEFAULT '',
    comment       TEXT    NOT NULL DEFAULT '',
    recorded_by   TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL
);
CREATE INDEX critical_callbacks_dossier ON critical_callbacks (dossier_id);
CREATE INDEX critical_callbacks_result ON critical_callbacks (result_id);

-- A reflex proposal accepted (its analyses were added) or declined with a reason. The trigger's
-- value is kept: a new value of the trigger makes the proposal pending again.
CREATE TABLE reflex_decisions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers(id),
    rule_code     TEXT    NOT NULL,
    trigger_code  TEXT    NOT NULL DEFAULT '',
    trigger_value TEXT    NOT NULL DEFAULT '',
    decision      TEXT    NOT NULL CHECK (decision IN ('accepted', 'declined')),
    reason        TEXT    NOT NULL DEFAULT '',
    decided_by    TEXT    NOT NULL,
    decided_at    TEXT    NOT NULL
);
CREATE INDEX reflex_decisions_dossier ON reflex_decisions (dossier_id);
