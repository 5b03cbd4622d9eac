-- The EPA platform's own tables. Unqualified names: the platform runs in its own database or in a
-- schema of the provider's database (currentSchema + spring.flyway.schemas).

CREATE TABLE organisations (
    epao_id    text PRIMARY KEY,
    name       text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE connections (
    id             uuid PRIMARY KEY,
    epao_id        text NOT NULL REFERENCES organisations (epao_id),
    provider_ukprn text NOT NULL,
    token_hash     text NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL
);
CREATE INDEX connections_epao ON connections (epao_id);

CREATE TABLE apprentices (
    id                       uuid PRIMARY KEY,
    connection_id            uuid NOT NULL REFERENCES connections (id),
    epao_id                  text NOT NULL REFERENCES organisations (epao_id),
    provider_ukprn           text NOT NULL,
    uln                      text NOT NULL,
    given_names              text NOT NULL,
    family_name              text NOT NULL,
    date_of_birth            date NOT NULL,
    sex                      text NOT NULL,
    ethnicity                integer NOT NULL,
    email                    text,
    employer_name            text NOT NULL,
    employer_line1           text NOT NULL,
    employer_line2           text,
    employer_line3           text,
    employer_town            text NOT NULL,
    employer_postcode        text NOT NULL,
    employer_contact         jsonb,
    tutor                    jsonb,
    status                   text NOT NULL,
    registered_at            timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL
);
CREATE INDEX apprentices_connection ON apprentices (connection_id);
CREATE INDEX apprentices_epao_uln ON apprentices (epao_id, uln);

-- position keeps the order in which programmes were started.
CREATE TABLE apprentice_programmes (
    apprentice_id      uuid NOT NULL REFERENCES apprentices (id),
    position           integer NOT NULL,
    standard_code      integer NOT NULL,
    standard_reference text NOT NULL,
    standard_version   text NOT NULL,
    option             text,
    start_date         date NOT NULL,
    planned_end_date   date NOT NULL,
    status             text NOT NULL,
    PRIMARY KEY (apprentice_id, position)
);

CREATE TABLE apprentice_circumstances (
    apprentice_id  uuid NOT NULL REFERENCES apprentices (id),
    position       integer NOT NULL,
    type           text NOT NULL,
    effective_date date NOT NULL,
    recorded_at    timestamptz NOT NULL,
    detail         jsonb NOT NULL,
    PRIMARY KEY (apprentice_id, position)
);

-- Every accepted write, as the connection sent it.
CREATE TABLE apprentice_history (
    id            bigserial PRIMARY KEY,
    apprentice_id uuid NOT NULL REFERENCES apprentices (id),
    connection_id uuid NOT NULL REFERENCES connections (id),
    call          text NOT NULL,
    body          jsonb NOT NULL,
    at            timestamptz NOT NULL
);
CREATE INDEX apprentice_history_apprentice ON apprentice_history (apprentice_id, id);

-- The answer given to each idempotent write. The row is claimed and answered in the write's own
-- transaction, so status and response are never seen empty; response is text so that a replay is
-- byte for byte the first answer.
CREATE TABLE idempotency_keys (
    connection_id   uuid NOT NULL REFERENCES connections (id),
    idempotency_key text NOT NULL,
    status          integer,
    response        text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (connection_id, idempotency_key)
);
