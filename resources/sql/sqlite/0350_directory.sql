-- Annuaire Santé (issue 14, item 5): the public extraction PS_LibreAcces_Personne_activite,
-- imported as a whole "generation". A new import loads its rows under its own generation while
-- readers keep using the active one; one UPDATE then makes it active (at most one active
-- generation, enforced by the partial unique index). A failed or cancelled import deletes its
-- rows and its generation row; the previous generation is deleted once the new one is active.

CREATE TABLE directory_generations (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    status             TEXT    NOT NULL CHECK (status IN ('loading', 'active', 'retired')),
    file_names         TEXT    NOT NULL,                 -- the imported files, '|'-separated
    started_at         TEXT    NOT NULL,
    finished_at        TEXT,
    row_count          INTEGER NOT NULL DEFAULT 0,       -- activities (data lines)
    professional_count INTEGER NOT NULL DEFAULT 0,
    imported_by        TEXT    NOT NULL
);
CREATE UNIQUE INDEX directory_generations_one_active ON directory_generations (status) WHERE status = 'active';

-- One row per professional of a generation. No foreign key to directory_generations: the rows
-- are bulk-loaded (2 million lines) and deleted by generation, and a per-row check would double
-- the load time; DirectoryRepository is the only writer. *_key columns: DirectoryKey (A-Z0-9).
CREATE TABLE directory_professionals (
    generation             INTEGER NOT NULL,
    id_pp                  TEXT    NOT NULL,
    id_type                TEXT    NOT NULL,
    national_id            TEXT    NOT NULL,
    practice_civility_code TEXT    NOT NULL DEFAULT '',
    practice_civility      TEXT    NOT NULL DEFAULT '',
    civility_code          TEXT    NOT NULL DEFAULT '',
    civility               TEXT    NOT NULL DEFAULT '',
    last_name              TEXT    NOT NULL DEFAULT '',
    first_name             TEXT    NOT NULL DEFAULT '',
    name_key               TEXT    NOT NULL DEFAULT '',
    profession_code        TEXT    NOT NULL DEFAULT '',
    profession             TEXT    NOT NULL DEFAULT '',
    profession_key         TEXT    NOT NULL DEFAULT '',
    category_code          TEXT    NOT NULL DEFAULT '',
    category               TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (generation, id_pp)
);
CREATE INDEX directory_professionals_name ON directory_professionals (generation, name_key);
CREATE INDEX directory_professionals_profession ON directory_professionals (generation, profession_code);

-- One row per activity (data line) of a professional of a generation.
CREATE TABLE directory_activities (
    generation          INTEGER NOT NULL,
    line                INTEGER NOT NULL,               -- line number in the imported file
    id_pp               TEXT    NOT NULL,
    skill_type_code     TEXT    NOT NULL DEFAULT '',
    skill_code          TEXT    NOT NULL DEFAULT '',
    skill_label         TEXT    NOT NULL DEFAULT '',
    practice_mode_code  TEXT    NOT NULL DEFAULT '',
    practice_mode_label TEXT    NOT NULL DEFAULT '',
    structure_id        TEXT    NOT NULL DEFAULT '',
    structure_name      TEXT    NOT NULL DEFAULT '',
    siret               TEXT    NOT NULL DEFAULT '',
    finess              TEXT    NOT NULL DEFAULT '',
    address             TEXT    NOT NULL DEFAULT '',
    postcode            TEXT    NOT NULL DEFAULT '',
    city_code           TEXT    NOT NULL DEFAULT '',
    city                TEXT    NOT NULL DEFAULT '',
    city_key            TEXT    NOT NULL DEFAULT '',
    phone               TEXT    NOT NULL DEFAULT '',
    email               TEXT    NOT NULL DEFAULT '',
    mssante             TEXT    NOT NULL DEFAULT '',
    role_code           TEXT    NOT NULL DEFAULT '',
    role_label          TEXT    NOT NULL DEFAULT '',
    sector_code         TEXT    NOT NULL DEFAULT '',
    sector_label        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (generation, line)
);
CREATE INDEX directory_activities_professional ON directory_activities (generation, id_pp, line);
CREATE INDEX directory_activities_city ON directory_activities (generation, city_key);
CREATE INDEX directory_activities_postcode ON directory_activities (generation, postcode);
