-- Auto-validation (issue 15): the laboratory's rule sets, versioned with the catalogue, the mode
-- (off / shadow / active) with the responsible biologist, and what the engine decided for each
-- dossier, with the biologist's actual decision per result for the shadow concordance.

-- One row per saved rule set: a save never updates a row, it opens a catalogue version and adds
-- the next rule set (the current one is the latest). rules_json is domain::autoval::RuleSetJson.
CREATE TABLE autoval_rule_sets (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    catalogue_version_id INTEGER NOT NULL REFERENCES catalogue_versions(id),
    rules_json           TEXT    NOT NULL,
    reason               TEXT    NOT NULL DEFAULT '',
    created_by           TEXT    NOT NULL,
    created_at           TEXT    NOT NULL
);
CREATE INDEX autoval_rule_sets_version ON autoval_rule_sets (catalogue_version_id);

-- The one settings row (id 1), updated under optimistic locking.
CREATE TABLE autoval_settings (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    mode              TEXT    NOT NULL DEFAULT 'off' CHECK (mode IN ('off', 'shadow', 'active')),
    responsible_login TEXT    NOT NULL DEFAULT '',
    version           INTEGER NOT NULL DEFAULT 1,
    updated_by        TEXT    NOT NULL DEFAULT '',
    updated_at        TEXT
);
INSERT INTO autoval_settings (id, mode, responsible_login, version, updated_by) VALUES (1, 'off', '', 1, '');

-- One evaluation of one dossier. A new evaluation of the same dossier supersedes the previous
-- ones (kept for the history; statistics count the current one). applied: the dossier was
-- validated by the engine (mode active). verdict_json: the engine's verdict, as shown.
CREATE TABLE autoval_evaluations (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers(id),
    rule_set_id   INTEGER REFERENCES autoval_rule_sets(id),
    mode          TEXT    NOT NULL CHECK (mode IN ('off', 'shadow', 'active')),
    trigger_kind  TEXT    NOT NULL CHECK (trigger_kind IN ('technical_validation', 'on_demand')),
    evaluated_at  TEXT    NOT NULL,
    evaluated_by  TEXT    NOT NULL,
    released      INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1)),
    applied       INTEGER NOT NULL DEFAULT 0 CHECK (applied IN (0, 1)),
    superseded    INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
    error_text    TEXT    NOT NULL DEFAULT '',
    verdict_json  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX autoval_evaluations_dossier ON autoval_evaluations (dossier_id);
CREATE INDEX autoval_evaluations_at ON autoval_evaluations (evaluated_at);

-- The verdict on each result of an evaluation, the rules that held it (space separated ids),
-- the rules that looked at it, and what the biologist did next (validated / held), the first
-- decision after the evaluation. auto_version: the result version the engine's validation left
-- (mode active): the report says "validé selon les règles du laboratoire" while it is unchanged.
CREATE TABLE autoval_result_verdicts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    evaluation_id  INTEGER NOT NULL REFERENCES autoval_evaluations(id) ON DELETE CASCADE,
    dossier_id     INTEGER NOT NULL REFERENCES dossiers(id),
    result_id      INTEGER NOT NULL REFERENCES results(id),
    analysis_code  TEXT    NOT NULL,
    bench_code     TEXT    NOT NULL DEFAULT '',
    released       INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1)),
    hold_rules     TEXT    NOT NULL DEFAULT '',
    applied_rules  TEXT    NOT NULL DEFAULT '',
    human_decision TEXT    CHECK (human_decision IN ('validated', 'held')),
    decided_by     TEXT    NOT NULL DEFAULT '',
    decided_at     TEXT,
    auto_version   INTEGER
);
CREATE INDEX autoval_result_verdicts_evaluation ON autoval_result_verdicts (evaluation_id);
CREATE INDEX autoval_result_verdicts_result ON autoval_result_verdicts (result_id);

-- Each hold of an evaluation (per result, or on the whole dossier: result_id NULL), by rule.
CREATE TABLE autoval_holds (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    evaluation_id INTEGER NOT NULL REFERENCES autoval_evaluations(id) ON DELETE CASCADE,
    result_id     INTEGER REFERENCES results(id),
    analysis_code TEXT    NOT NULL DEFAULT '',
    rule_id       TEXT    NOT NULL,
    rule_label    TEXT    NOT NULL DEFAULT '',
    message       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX autoval_holds_evaluation ON autoval_holds (evaluation_id);
