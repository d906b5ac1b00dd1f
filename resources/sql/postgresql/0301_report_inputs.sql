-- Lab identity used on reports (FINESS, address, OID root...), set by `sgl report configure`,
-- and the documents received from subcontracting labs for a dossier (CR-BIO CDA or PDF), kept
-- as received with their SHA-256 (never modified) and merged into the dossier's next report.
CREATE TABLE report_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE received_documents (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id       BIGINT  NOT NULL REFERENCES dossiers(id),
    kind             TEXT    NOT NULL CHECK (kind IN ('SUBCONTRACTOR-CDA', 'SUBCONTRACTOR-PDF')),
    media_type       TEXT    NOT NULL,
    sha256           TEXT    NOT NULL,
    size_bytes       BIGINT  NOT NULL,
    bytes            BYTEA   NOT NULL,
    producer_name    TEXT    NOT NULL,
    producer_finess  TEXT    NOT NULL DEFAULT '',
    source_document_id TEXT  NOT NULL DEFAULT '',
    created_by       TEXT    NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (dossier_id, sha256)
);
CREATE INDEX received_documents_dossier ON received_documents (dossier_id);

CREATE FUNCTION received_documents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'received_documents : un document reçu ne peut être ni modifié ni supprimé';
END;
$$;
CREATE TRIGGER received_documents_no_update BEFORE UPDATE OR DELETE ON received_documents
    FOR EACH ROW EXECUTE FUNCTION received_documents_immutable();
