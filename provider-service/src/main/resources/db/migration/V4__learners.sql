-- Learners: ILR personal details, links to people and employer, the current enrolment (the ILR
-- apprenticeship-standard programme aim) and the registration with the EPAO.
CREATE TABLE learners (
    id                         uuid PRIMARY KEY,
    provider_id                uuid         NOT NULL REFERENCES providers (id),
    -- ILR LearnRefNumber: the provider's own key of the learner (unique per provider, below).
    learn_ref_number           varchar(12)  NOT NULL,
    -- Not unique: ESFA's sample gives one ULN to several learners and 9999999999 is the temporary ULN.
    uln                        char(10)     NOT NULL,
    given_names                varchar(100) NOT NULL,
    family_name                varchar(100) NOT NULL,
    date_of_birth              date         NOT NULL,
    sex                        char(1)      NOT NULL CHECK (sex IN ('F', 'M')),
    ethnicity                  smallint     NOT NULL,
    email                      varchar(100) NOT NULL,
    case_owner_id              uuid REFERENCES case_owners (id),
    manager_id                 uuid REFERENCES managers (id),
    employer_id                uuid,
    employer_address_id        uuid REFERENCES employer_addresses (id),
    programme_id               uuid         NOT NULL REFERENCES programmes (id),
    programme_option           varchar(200),
    start_date                 date         NOT NULL,
    planned_end_date           date         NOT NULL,
    epa_period_months          smallint CHECK (epa_period_months BETWEEN 1 AND 24),
    -- ILR EPAOrgID; 2026/27 widens it to 8 characters.
    epao_id                    varchar(8),
    registration_mode          varchar(10)  NOT NULL CHECK (registration_mode IN ('NONE', 'CONNECTED', 'MANUAL')),
    registration_epao_id       varchar(8),
    -- No foreign key: a registration outlives the deletion of the connection it was made through.
    registration_connection_id uuid,
    apprentice_id              varchar(100),
    status                     varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'ON_BREAK', 'WITHDRAWN', 'COMPLETED')),
    withdraw_reason            smallint,
    learn_act_end_date         date,
    version                    bigint       NOT NULL DEFAULT 0,
    created_at                 timestamptz  NOT NULL DEFAULT now(),
    updated_at                 timestamptz  NOT NULL DEFAULT now(),
    CHECK (planned_end_date > start_date),
    CHECK (employer_address_id IS NULL OR employer_id IS NOT NULL),
    -- Links only to an employer of the learner's own provider.
    FOREIGN KEY (provider_id, employer_id) REFERENCES employers (provider_id, id)
);
CREATE UNIQUE INDEX learners_learn_ref_number ON learners (provider_id, learn_ref_number);
CREATE INDEX learners_uln ON learners (provider_id, uln);
CREATE INDEX learners_name ON learners (provider_id, family_name, given_names, id);
-- Fan-out (FO-1) pages through the learners of one linked record in ID order: each of these serves
-- that keyset scan directly.
CREATE INDEX learners_case_owner ON learners (provider_id, case_owner_id, id);
CREATE INDEX learners_manager ON learners (provider_id, manager_id, id);
CREATE INDEX learners_employer ON learners (provider_id, employer_id, id);
CREATE INDEX learners_employer_address ON learners (provider_id, employer_address_id, id);
CREATE INDEX learners_programme ON learners (provider_id, programme_id);
