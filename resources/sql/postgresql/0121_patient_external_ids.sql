-- Identifiers other systems give our patients (hospital IPP 'PI', NDA 'AN', visit 'VN'), learned
-- from inbound PAM messages. An identifier belongs to one patient at a time (merge/A47 move it).
CREATE TABLE patient_external_ids (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id  BIGINT  NOT NULL REFERENCES patients(id),
    authority   TEXT    NOT NULL,
    type_code   TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    message_id  BIGINT REFERENCES inbound_messages(id),
    updated_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (authority, type_code, value)
);
CREATE INDEX patient_external_ids_patient ON patient_external_ids (patient_id);
