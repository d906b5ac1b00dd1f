-- Internal quality control (issue 15 item 1): control materials, their lots per analyzer and
-- analysis with the target (manufacturer values or computed from the first runs), the Westgard
-- rules applied per analysis, every QC run with its verdict, the patient results a rejected run
-- holds, and the reviews of rejected runs. Nothing is deleted: lots are retired (active = FALSE),
-- holds are released (released_at), reviews are appended.

CREATE TABLE qc_materials (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          TEXT    NOT NULL UNIQUE,               -- what an instrument sends as control id
    label         TEXT    NOT NULL,
    manufacturer  TEXT    NOT NULL DEFAULT '',
    level         TEXT    NOT NULL DEFAULT '',
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_by    TEXT    NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- analyzer is the analyzer profile name, as results.analyzer.
CREATE TABLE qc_lots (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    material_id   BIGINT  NOT NULL REFERENCES qc_materials(id),
    lot_number    TEXT    NOT NULL,
    analyzer      TEXT    NOT NULL,
    analysis_code TEXT    NOT NULL,
    unit          TEXT    NOT NULL DEFAULT '',
    target_source TEXT    NOT NULL CHECK (target_source IN ('manufacturer', 'computed')),
    target_mean   DOUBLE PRECISION,
    target_sd     DOUBLE PRECISION,
    initial_runs  INTEGER NOT NULL DEFAULT 20,
    expires_on    DATE,                                  -- ISO date
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_by    TEXT    NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX qc_lots_identity ON qc_lots (analyzer, analysis_code, material_id, lot_number);
CREATE INDEX qc_lots_analysis ON qc_lots (analyzer, analysis_code, active);

-- The Westgard rules of an analysis ("1-2s,1-3s,..."); no row: every rule.
CREATE TABLE qc_rule_config (
    analysis_code TEXT    PRIMARY KEY,
    rules         TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_by    TEXT    NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- One control value of one lot. run_group ties the levels measured together (same analyzer
-- message, same manual entry). outcome 'establishing': recorded while a computed lot has fewer
-- than its initial runs. window_start: the last accepted run of the analyzer and analysis
-- before a rejected run (NULL: none), the start of what it holds.
CREATE TABLE qc_runs (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lot_id        BIGINT  NOT NULL REFERENCES qc_lots(id),
    qc_result_id  BIGINT ,                   -- analyzer_qc_results.id (0500 comes after 0320: no foreign key)
    analyzer      TEXT    NOT NULL,
    analysis_code TEXT    NOT NULL,
    run_group     TEXT    NOT NULL,
    source        TEXT    NOT NULL CHECK (source IN ('analyzer', 'manual')),
    value_text    TEXT    NOT NULL,
    value         DOUBLE PRECISION    NOT NULL,
    observed_at   TIMESTAMPTZ NOT NULL,
    outcome       TEXT    NOT NULL CHECK (outcome IN ('accepted', 'warning', 'rejected', 'establishing')),
    rules_fired   TEXT    NOT NULL DEFAULT '',           -- "1-3s,2-2s"
    violations    TEXT    NOT NULL DEFAULT '',           -- French sentences, one per line
    target_mean   DOUBLE PRECISION,
    target_sd     DOUBLE PRECISION,
    window_start  TIMESTAMPTZ,
    hold_reason   TEXT    NOT NULL DEFAULT '',
    review_state  TEXT    NOT NULL DEFAULT 'none' CHECK (review_state IN ('none', 'pending', 'accepted', 'rerun')),
    comment       TEXT    NOT NULL DEFAULT '',
    recorded_by   TEXT    NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX qc_runs_lot ON qc_runs (lot_id, observed_at);
CREATE INDEX qc_runs_analysis ON qc_runs (analyzer, analysis_code, observed_at);
CREATE INDEX qc_runs_review ON qc_runs (review_state);

-- A patient result held by a rejected run, until the run is reviewed.
CREATE TABLE qc_holds (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id        BIGINT  NOT NULL REFERENCES qc_runs(id),
    result_id     BIGINT  NOT NULL REFERENCES results(id),
    held_at       TIMESTAMPTZ NOT NULL,
    released_at   TIMESTAMPTZ,
    release_kind  TEXT    NOT NULL DEFAULT '' CHECK (release_kind IN ('', 'accepted', 'rerun')),
    released_by   TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX qc_holds_run_result ON qc_holds (run_id, result_id);
CREATE INDEX qc_holds_result ON qc_holds (result_id);

-- The review of a rejected run: accepted with a reason, or its held results sent to rerun.
CREATE TABLE qc_reviews (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id        BIGINT  NOT NULL REFERENCES qc_runs(id),
    decision      TEXT    NOT NULL CHECK (decision IN ('accepted', 'rerun')),
    reason        TEXT    NOT NULL,
    comment       TEXT    NOT NULL DEFAULT '',
    held_count    INTEGER NOT NULL DEFAULT 0,
    reviewed_by   TEXT    NOT NULL,
    reviewed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX qc_reviews_run ON qc_reviews (run_id);
