-- Sharing choices of each report version (issue 12 item 6), chosen at validation and read by
-- the dispatcher: DMP withheld for this one document with its reason (Ségur: never by a
-- setting), DMP masks (MASQUE_PS, INVISIBLE_PATIENT until the announcement consultation,
-- INVISIBLE_REPRESENTANTS_LEGAUX) and the patient's MSSanté copy (qualified INS only).
ALTER TABLE report_versions ADD COLUMN dmp_withheld INTEGER NOT NULL DEFAULT 0 CHECK (dmp_withheld IN (0, 1));
ALTER TABLE report_versions ADD COLUMN withhold_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE report_versions ADD COLUMN masked_to_professionals INTEGER NOT NULL DEFAULT 0 CHECK (masked_to_professionals IN (0, 1));
ALTER TABLE report_versions ADD COLUMN hidden_until_announcement INTEGER NOT NULL DEFAULT 0 CHECK (hidden_until_announcement IN (0, 1));
ALTER TABLE report_versions ADD COLUMN hidden_from_legal_representatives INTEGER NOT NULL DEFAULT 0 CHECK (hidden_from_legal_representatives IN (0, 1));
ALTER TABLE report_versions ADD COLUMN patient_mss INTEGER NOT NULL DEFAULT 0 CHECK (patient_mss IN (0, 1));

-- Outbox rows the dispatcher never claims: 'withheld' (DMP withheld by the biologist for this
-- document) and 'blocked' (channel unusable for it, e.g. DMP without qualified INS), the reason
-- in last_error.
ALTER TABLE outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_state_check
    CHECK (state IN ('pending', 'sending', 'sent', 'acknowledged', 'failed', 'cancelled', 'withheld', 'blocked'));
