-- Coded comments of biological validation (issue 12): the laboratory's library of comment
-- templates, and the comments a biologist puts on a dossier or on one of its results, printed on
-- the report or internal. Comments are never deleted: removal marks the row (who, when, why).

-- The library. Templates are retired (active = FALSE), never deleted: comments keep their code.
CREATE TABLE comment_templates (
    code          TEXT    PRIMARY KEY,
    text          TEXT    NOT NULL,
    printed_default BOOLEAN NOT NULL DEFAULT TRUE,
    chapter_code  TEXT    NOT NULL DEFAULT '',
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_by    TEXT    NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- A comment on the dossier (result_id NULL) or on one result. template_code is a copy (empty for
-- free text), not a reference: the text as written is what was said.
CREATE TABLE dossier_comments (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id    BIGINT  NOT NULL REFERENCES dossiers(id),
    result_id     BIGINT  REFERENCES results(id),
    template_code TEXT    NOT NULL DEFAULT '',
    text          TEXT    NOT NULL,
    printed       BOOLEAN NOT NULL DEFAULT FALSE,
    author        TEXT    NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    removed       BOOLEAN NOT NULL DEFAULT FALSE,
    removed_by    TEXT    NOT NULL DEFAULT '',
    removed_at    TIMESTAMPTZ,
    removal_reason TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX dossier_comments_dossier ON dossier_comments (dossier_id);
