-- Providers (tenants) and their API tokens, stored as SHA-256 hashes.
CREATE TABLE providers (
    id          uuid PRIMARY KEY,
    ukprn       char(8)      NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL
);

CREATE TABLE provider_api_tokens (
    id          uuid PRIMARY KEY,
    provider_id uuid        NOT NULL REFERENCES providers (id),
    token_hash  char(64)    NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

-- People who sign in to the web pages.
CREATE TABLE staff_users (
    id            uuid PRIMARY KEY,
    provider_id   uuid         NOT NULL REFERENCES providers (id),
    email         varchar(100) NOT NULL,
    name          varchar(200) NOT NULL,
    password_hash varchar(200) NOT NULL,
    roles         varchar(100) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
-- Sign-in is by email alone, so an email names one user across all providers.
CREATE UNIQUE INDEX staff_users_email ON staff_users (lower(email));

-- Case owners: the tutors shown to the EPAO as the learner's tutor.
CREATE TABLE case_owners (
    id          uuid PRIMARY KEY,
    provider_id uuid         NOT NULL REFERENCES providers (id),
    given_name  varchar(100) NOT NULL,
    family_name varchar(100) NOT NULL,
    email       varchar(100) NOT NULL,
    phone       varchar(20),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX case_owners_provider ON case_owners (provider_id);

-- Every change to provider data: who, through which channel, before and after.
CREATE TABLE audit_events (
    id          bigserial PRIMARY KEY,
    provider_id uuid         NOT NULL REFERENCES providers (id),
    entity_type varchar(40)  NOT NULL,
    entity_id   uuid         NOT NULL,
    actor       varchar(200) NOT NULL,
    channel     varchar(20)  NOT NULL,
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_events_entity ON audit_events (provider_id, entity_id, id);
