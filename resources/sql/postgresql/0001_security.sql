-- Users, roles and login attempts (local accounts; Pro Santé Connect comes later).
CREATE TABLE users (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1,
    login           TEXT    NOT NULL UNIQUE,
    display_name    TEXT    NOT NULL,
    rpps            TEXT,
    password_hash   TEXT    NOT NULL,          -- "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>"
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    last_login_at   TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT   NOT NULL CHECK (role IN ('secretary', 'technician', 'biologist', 'admin')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE login_attempts (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    success     BOOLEAN     NOT NULL,
    workstation TEXT        NOT NULL,
    reason      TEXT        NOT NULL
);
CREATE INDEX login_attempts_login_at ON login_attempts (login, at);
