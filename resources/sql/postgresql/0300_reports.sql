-- Report versions (one per CR-BIO issued for a dossier) and the document store. Every
-- generated document (N3, N1, PDF, patient PDF, received subcontractor documents) is kept with
-- its SHA-256 and never overwritten: a new rendering is a new report version.
CREATE TABLE report_versions (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id      BIGINT  NOT NULL REFERENCES dossiers(id),
    set_id          TEXT    NOT NULL,
    document_id     TEXT    NOT NULL UNIQUE,
    version_number  INTEGER NOT NULL CHECK (version_number > 0),
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'issued', 'replaced', 'withdrawn')),
    partial         INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
    replaces_document_id TEXT NOT NULL DEFAULT '',
    amendment_reason TEXT NOT NULL DEFAULT '',
    amended_of      BIGINT  REFERENCES report_versions(id),
    created_by      TEXT    NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (set_id, version_number)
);
CREATE INDEX report_versions_dossier ON report_versions (dossier_id);

CREATE TABLE documents (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_version_id BIGINT  NOT NULL REFERENCES report_versions(id),
    kind              TEXT    NOT NULL CHECK (kind IN ('N3', 'N1', 'PDF', 'PDF-patient', 'SUBCONTRACTOR-CDA', 'SUBCONTRACTOR-PDF')),
    media_type        TEXT    NOT NULL,
    sha256            TEXT    NOT NULL,
    size_bytes        BIGINT  NOT NULL,
    bytes             BYTEA   NOT NULL,
    created_by        TEXT    NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (report_version_id, kind)
);
CREATE INDEX documents_sha256 ON documents (sha256);

CREATE FUNCTION documents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'documents : un document stocké ne peut être ni modifié ni supprimé';
END;
$$;
CREATE TRIGGER documents_no_update BEFORE UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_immutable();
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION documents_immutable();
