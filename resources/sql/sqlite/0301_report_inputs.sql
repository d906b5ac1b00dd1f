-- Lab identity used on reports (FINESS, address, OID root...), set by `sgl report configure`,
-- and the documents received from subcontracting labs for a dossier (CR-BIO CDA or PDF), kept
-- as received with their SHA-256 (never modified) and merged into the dossier's next report.
CREATE TABLE report_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE received_documents (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id       INTEGER NOT NULL REFERENCES dossiers(id),
    kind             TEXT    NOT NULL CHECK (kind IN ('SUBCONTRACTOR-CDA', 'SUBCONTRACTOR-PDF')),
    media_type       TEXT    NOT NULL,
    sha256           TEXT    NOT NULL,
    size_bytes       INTEGER NOT NULL,
    bytes            BLOB    NOT NULL,
    producer_name    TEXT    NOT NULL,
    producer_finess  TEXT    NOT NULL DEFAULT '',
    source_document_id TEXT  NOT NULL DEFAULT '',
    created_by       TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    UNIQUE (dossier_id, sha256)
);
CREATE INDEX received_documents_dossier ON received_documents (dossier_id);

CREATE TRIGGER received_documents_no_update BEFORE UPDATE ON received_documents
BEGIN
    SELECT RAISE(ABORT, 'received_documents : un document reçu ne peut pas être modifié');
END;
CREATE TRIGGER received_documents_no_delete BEFORE DELETE ON received_documents
BEGIN
    SELECT RAISE(ABORT, 'received_documents : un document reçu ne peut pas être supprimé');
END;
