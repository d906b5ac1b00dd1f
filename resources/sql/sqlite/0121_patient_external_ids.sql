-- Identifiers other systems give our patients (hospital IPP 'PI', NDA 'AN', visit 'VN'), learned
-- from inbound PAM messages. An identifier belongs to one patient at a time (merge/A47 move it).
CREATE TABLE patient_external_ids (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id  INTEGER NOT NULL REFERENCES patients(id),
    authority   TEXT    NOT NULL,   -- CX-4 universal id (OID/FINESS), else namespace
    type_code   TEXT    NOT NULL,   -- CX-5
    value       TEXT    NOT NULL,   -- CX-1
    message_id  INTEGER REFERENCES inbound_messages(id),
    updated_at  TEXT    NOT NULL,
    UNIQUE (authority, type_code, value)
);
CREATE INDEX patient_external_ids_patient ON patient_external_ids (patient_id);
