-- Coded comments of biological validation (issue 12): the laboratory's library of comment
-- templates, and the comments a biologist puts on a dossier or on one of its results, printed on
-- the report or internal. Comments are never deleted: removal marks the row (who, when, why).

-- The library. Templates are retired (active = 0), never deleted: comments keep their code.
CREATE TABLE comment_templates (
    code          TEXT    PRIMARY KEY,
    text          TEXT    NOT NULL,
    printed_default INTEGER NOT NULL DEFAULT 1 CHECK (printed_default IN (0, 1)),
    chapter_code  TEXT    NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1,
    updated_by    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

-- A comment on the dossier (result_id NULL) or on one result. template_code is a copy (empty for
-- free text), not a reference: the text as written is what was said.
CREATE TABLE dossier_comments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers(id),
    result_id     INTEGER REFERENCES results(id),
    template_code TEXT    NOT NULL DEFAULT '',
    text          TEXT    NOT NULL,
    printed       INTEGER NOT NULL DEFAULT 0 CHECK (printed IN (0, 1)),
    author        TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    removed       INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    removed_by    TEXT    NOT NULL DEFAULT '',
    removed_at    TEXT,
    removal_reason TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX dossier_comments_dossier ON dossier_comments (dossier_id);
