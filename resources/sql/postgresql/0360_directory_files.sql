-- Annuaire Santé (issue 14, item 5): the other public extraction files, loaded in the same
-- generation as PS_LibreAcces_Personne_activite (directory_generations, 0350) so that an import
-- of several files is switched, kept or dropped as a whole. Same bulk-load rules as 0350: no
-- foreign key, rows deleted by generation, DirectoryRepository/DirectoryFilesRepository only.

-- PS_LibreAcces_SavoirFaire: one row per professional × savoir-faire.
CREATE TABLE directory_skills (
    generation  BIGINT  NOT NULL,
    line        BIGINT  NOT NULL,                 -- line number in its file
    id_pp       TEXT    NOT NULL,
    type_code   TEXT    NOT NULL DEFAULT '',
    type_label  TEXT    NOT NULL DEFAULT '',
    code        TEXT    NOT NULL DEFAULT '',
    label       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX directory_skills_professional ON directory_skills (generation, id_pp, line);

-- PS_LibreAcces_Dipl_AutExerc: one row per professional × diploma or exercise authorisation.
CREATE TABLE directory_diplomas (
    generation               BIGINT  NOT NULL,
    line                     BIGINT  NOT NULL,
    id_pp                    TEXT    NOT NULL,
    diploma_type_code        TEXT    NOT NULL DEFAULT '',
    diploma_type_label       TEXT    NOT NULL DEFAULT '',
    diploma_code             TEXT    NOT NULL DEFAULT '',
    diploma_label            TEXT    NOT NULL DEFAULT '',
    authorisation_type_code  TEXT    NOT NULL DEFAULT '',
    authorisation_type_label TEXT    NOT NULL DEFAULT '',
    discipline_code          TEXT    NOT NULL DEFAULT '',
    discipline_label         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX directory_diplomas_professional ON directory_diplomas (generation, id_pp, line);

-- Extraction_Correspondance_MSSante: one row per mailbox; id_pp is '' for boxes without holder
-- (ORG organisation, APP application, CAB practice).
CREATE TABLE directory_mailboxes (
    generation         BIGINT  NOT NULL,
    line               BIGINT  NOT NULL,
    box_type           TEXT    NOT NULL CHECK (box_type IN ('PER', 'ORG', 'APP', 'CAB')),
    address            TEXT    NOT NULL,
    id_type            TEXT    NOT NULL DEFAULT '',
    id_pp              TEXT    NOT NULL DEFAULT '',
    structure_id_type  TEXT    NOT NULL DEFAULT '',
    structure_id       TEXT    NOT NULL DEFAULT '',
    service            TEXT    NOT NULL DEFAULT '',
    last_name          TEXT    NOT NULL DEFAULT '',
    first_name         TEXT    NOT NULL DEFAULT '',
    profession_code    TEXT    NOT NULL DEFAULT '',
    dematerialisation  TEXT    NOT NULL DEFAULT '',
    organisation_name  TEXT    NOT NULL DEFAULT '',
    postcode           TEXT    NOT NULL DEFAULT '',
    city               TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX directory_mailboxes_professional ON directory_mailboxes (generation, id_pp, line);
CREATE INDEX directory_mailboxes_address ON directory_mailboxes (generation, address);
