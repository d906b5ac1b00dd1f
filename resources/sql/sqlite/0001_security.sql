-- Users, roles and login attempts (local accounts; Pro Santé Connect comes later).
CREATE TABLE users (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    version         INTEGER NOT NULL DEFAULT 1,
    login           TEXT    NOT NULL UNIQUE,
    display_name    TEXT    NOT NULL,
    rpps            TEXT,
    password_hash   TEXT    NOT NULL,          -- "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>"
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    last_login_at   TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT    NOT NULL CHECK (role IN ('secretary', 'technician', 'biologist', 'admin')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE login_attempts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    login       TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    success     INTEGER NOT NULL CHECK (success IN (0, 1)),
    workstation TEXT    NOT NULL,
    reason      TEXT    NOT NULL
);
CREATE INDEX login_attempts_login_at ON login_attempts (login, at);
