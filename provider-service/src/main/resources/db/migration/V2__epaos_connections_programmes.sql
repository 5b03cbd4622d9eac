-- Reference data shipped with the product (reference/epao-register), the same for every provider.
-- ReferenceDataLoader fills these at start-up, so the files stay their single source.
CREATE TABLE epao_register (
    epao_id varchar(7)   PRIMARY KEY,
    name    varchar(200) NOT NULL,
    ukprn   char(8)
);

-- The standards catalogue keyed by LARS code; the reference is absent where no source gives one.
CREATE TABLE standards (
    code      integer      PRIMARY KEY,
    reference char(6),
    title     varchar(200) NOT NULL,
    level     smallint
);

CREATE TABLE standard_assessors (
    standard_code integer    NOT NULL REFERENCES standards (code),
    epao_id       varchar(7) NOT NULL REFERENCES epao_register (epao_id),
    PRIMARY KEY (standard_code, epao_id)
);
CREATE INDEX standard_assessors_epao ON standard_assessors (epao_id);

-- EPAOs a provider added to its own directory because the shipped register does not know them.
CREATE TABLE provider_epaos (
    id          uuid PRIMARY KEY,
    provider_id uuid         NOT NULL REFERENCES providers (id),
    epao_id     varchar(7)   NOT NULL,
    name        varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (provider_id, epao_id)
);

-- Connections to EPA platforms. A removed connection keeps its row: sync history refers to it.
-- The API token is AES-GCM encrypted: base64 of nonce + ciphertext.
CREATE TABLE epa_connections (
    id                  uuid PRIMARY KEY,
    provider_id         uuid         NOT NULL REFERENCES providers (id),
    epao_id             varchar(7)   NOT NULL,
    base_url            varchar(500) NOT NULL,
    api_token_encrypted text         NOT NULL,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    removed_at          timestamptz
);
CREATE INDEX epa_connections_provider ON epa_connections (provider_id, epao_id);
-- At most one live connection per provider and EPAO.
CREATE UNIQUE INDEX epa_connections_live ON epa_connections (provider_id, epao_id) WHERE removed_at IS NULL;

CREATE TABLE programmes (
    id                 uuid PRIMARY KEY,
    provider_id        uuid         NOT NULL REFERENCES providers (id),
    name               varchar(200) NOT NULL,
    standard_code      integer      NOT NULL,
    standard_reference char(6)      NOT NULL,
    standard_version   varchar(20)  NOT NULL,
    options            jsonb        NOT NULL,
    epao_id            varchar(7)   NOT NULL,
    updated_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX programmes_provider ON programmes (provider_id, name);
