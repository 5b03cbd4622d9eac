-- Employers of apprentices, their addresses (sites) and their managers of apprentices.
CREATE TABLE employers (
    id          uuid PRIMARY KEY,
    provider_id uuid         NOT NULL REFERENCES providers (id),
    name        varchar(100) NOT NULL,
    emp_id      char(9),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    -- Lets addresses and managers reference an employer of their own provider only.
    UNIQUE (provider_id, id)
);
CREATE INDEX employers_provider_name ON employers (provider_id, lower(name));
-- 999999999 is the ILR's "not known" EmpId, which any number of employers may carry.
CREATE UNIQUE INDEX employers_provider_emp_id ON employers (provider_id, emp_id) WHERE emp_id <> '999999999';

CREATE TABLE employer_addresses (
    id          uuid PRIMARY KEY,
    provider_id uuid        NOT NULL REFERENCES providers (id),
    employer_id uuid        NOT NULL,
    -- Keeps an employer's addresses in the order they were added.
    ordinal     bigserial   NOT NULL,
    line1       varchar(50) NOT NULL,
    line2       varchar(50),
    line3       varchar(50),
    town        varchar(50) NOT NULL,
    postcode    varchar(8)  NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (provider_id, employer_id) REFERENCES employers (provider_id, id)
);
CREATE INDEX employer_addresses_employer ON employer_addresses (provider_id, employer_id, ordinal);

CREATE TABLE managers (
    id          uuid PRIMARY KEY,
    provider_id uuid         NOT NULL REFERENCES providers (id),
    employer_id uuid         NOT NULL,
    given_name  varchar(100) NOT NULL,
    family_name varchar(100) NOT NULL,
    email       varchar(100) NOT NULL,
    phone       varchar(20),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (provider_id, employer_id) REFERENCES employers (provider_id, id)
);
CREATE INDEX managers_provider_employer ON managers (provider_id, employer_id);
