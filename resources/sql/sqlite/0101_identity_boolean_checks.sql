-- SQLite has no boolean type: the identity flags are stored as 0/1 integers, where PostgreSQL
-- declares them BOOLEAN. These triggers give SQLite the same guarantee. (A CHECK constraint would
-- need the tables rebuilt, which SQLite cannot do inside a migration transaction while other
-- tables reference patients.)
CREATE TRIGGER patients_booleans_insert BEFORE INSERT ON patients
WHEN NEW.doubtful NOT IN (0, 1) OR NEW.fictitious NOT IN (0, 1) OR NEW.homonym NOT IN (0, 1)
BEGIN
    SELECT RAISE(ABORT, 'patients : doubtful, fictitious et homonym valent 0 ou 1');
END;
CREATE TRIGGER patients_booleans_update BEFORE UPDATE OF doubtful, fictitious, homonym ON patients
WHEN NEW.doubtful NOT IN (0, 1) OR NEW.fictitious NOT IN (0, 1) OR NEW.homonym NOT IN (0, 1)
BEGIN
    SELECT RAISE(ABORT, 'patients : doubtful, fictitious et homonym valent 0 ou 1');
END;
CREATE TRIGGER patient_ins_history_booleans_insert BEFORE INSERT ON patient_ins_history
WHEN NEW.active NOT IN (0, 1)
BEGIN
    SELECT RAISE(ABORT, 'patient_ins_history : active vaut 0 ou 1');
END;
CREATE TRIGGER patient_ins_history_booleans_update BEFORE UPDATE OF active ON patient_ins_history
WHEN NEW.active NOT IN (0, 1)
BEGIN
    SELECT RAISE(ABORT, 'patient_ins_history : active vaut 0 ou 1');
END;
