-- Report versions (one per CR-BIO issued for a dossier) and the document store. Every
-- generated document (N3, N1, PDF, patient PDF, received subcontractor documents) is kept with
-- its SHA-256 and never overwritten: a new rendering is a new report version.
CREATE TABLE report_versions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id      INTEGER NOT NULL REFERENCES dossiers(id),
    set_id          TEXT    NOT NULL,
    document_id     TEXT    NOT NULL UNIQUE,
    version_number  INTEGER NOT NULL CHECK (version_number > 0),
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'issued', 'replaced', 'withdrawn')),
    partial         INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
    replaces_document_id TEXT NOT NULL DEFAULT '',
    amendment_reason TEXT NOT NULL DEFAULT '',
    amended_of      INTEGER REFERENCES report_versions(id),
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    UNIQUE (set_id, version_number)
);
CREATE INDEX report_versions_dossier ON report_versions (dossier_id);

CREATE TABLE documents (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    report_version_id INTEGER NOT NULL REFERENCES report_versions(id),
    kind              TEXT    NOT NULL CHECK (kind IN ('N3', 'N1', 'PDF', 'PDF-patient', 'SUBCONTRACTOR-CDA', 'SUBCONTRACTOR-PDF')),
    media_type        TEXT    NOT NULL,
    sha256            TEXT    NOT NULL,
    size_bytes        INTEGER NOT NULL,
    bytes             BLOB    NOT NULL,
    created_by        TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    UNIQUE (report_version_id, kind)
);
CREATE INDEX documents_sha256 ON documents (sha256);

CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN
    SELECT RAISE(ABORT, 'documents : un document stocké ne peut pas être modifié');
END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN
    SELECT RAISE(ABORT, 'documents : un document stocké ne peut pas être supprimé');
END;
