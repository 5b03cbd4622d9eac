-- Changes of circumstance applied to learners, by an approved tracker (AUTOMATION) or directly
-- (MANUAL, IMPORT); type is the tracker type, details what the change carried.
CREATE TABLE learner_circumstances (
    id             uuid PRIMARY KEY,
    provider_id    uuid         NOT NULL REFERENCES providers (id),
    learner_id     uuid         NOT NULL REFERENCES learners (id),
    type           varchar(40)  NOT NULL,
    effective_date date         NOT NULL,
    details        jsonb        NOT NULL,
    channel        varchar(20)  NOT NULL,
    actor          varchar(200) NOT NULL,
    recorded_at    timestamptz  NOT NULL
);
CREATE INDEX learner_circumstances_learner ON learner_circumstances (provider_id, learner_id, recorded_at);

-- Enrolments a change of programme closed (ILR: the old programme aim, withdrawn to a new aim).
CREATE TABLE learner_enrolment_history (
    id                 bigserial PRIMARY KEY,
    provider_id        uuid         NOT NULL REFERENCES providers (id),
    learner_id         uuid         NOT NULL REFERENCES learners (id),
    programme_id       uuid         NOT NULL REFERENCES programmes (id),
    programme_option   varchar(200),
    start_date         date         NOT NULL,
    planned_end_date   date         NOT NULL,
    epa_period_months  smallint,
    epao_id            varchar(8),
    comp_status        smallint     NOT NULL,
    withdraw_reason    smallint     NOT NULL,
    learn_act_end_date date         NOT NULL,
    closed_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX learner_enrolment_history_learner ON learner_enrolment_history (provider_id, learner_id, id);

-- ILR LearnerEmploymentStatus records: with which employer, at which address, from when.
CREATE TABLE learner_employment_statuses (
    id                  bigserial PRIMARY KEY,
    provider_id         uuid        NOT NULL REFERENCES providers (id),
    learner_id          uuid        NOT NULL REFERENCES learners (id),
    emp_stat            smallint    NOT NULL,
    employer_id         uuid        NOT NULL,
    employer_address_id uuid REFERENCES employer_addresses (id),
    date_emp_stat_app   date        NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (provider_id, employer_id) REFERENCES employers (provider_id, id)
);
CREATE INDEX learner_employment_statuses_learner ON learner_employment_statuses (provider_id, learner_id, id);

-- Process-automation trackers awaiting approval, applied or rejected.
CREATE TABLE automations (
    id               uuid PRIMARY KEY,
    provider_id      uuid         NOT NULL REFERENCES providers (id),
    type             varchar(40)  NOT NULL,
    learner_id       uuid         NOT NULL REFERENCES learners (id),
    effective_date   date         NOT NULL,
    details          jsonb        NOT NULL,
    status           varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'APPLIED', 'REJECTED')),
    requested_by     varchar(200) NOT NULL,
    requested_at     timestamptz  NOT NULL,
    decided_by       varchar(200),
    decided_at       timestamptz,
    rejection_reason varchar(2000),
    circumstance_id  uuid REFERENCES learner_circumstances (id),
    CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE INDEX automations_status ON automations (provider_id, status, requested_at);
CREATE INDEX automations_learner ON automations (provider_id, learner_id, requested_at);

-- Every step of an automation: who, when, why.
CREATE TABLE automation_steps (
    id            bigserial PRIMARY KEY,
    provider_id   uuid          NOT NULL REFERENCES providers (id),
    automation_id uuid          NOT NULL REFERENCES automations (id),
    action        varchar(20)   NOT NULL,
    actor         varchar(200)  NOT NULL,
    channel       varchar(20)   NOT NULL,
    occurred_at   timestamptz   NOT NULL,
    note          varchar(2000)
);
CREATE INDEX automation_steps_automation ON automation_steps (provider_id, automation_id, id);

-- A provider's approval settings; no row means the defaults (maker-checker off).
CREATE TABLE automation_settings (
    provider_id   uuid PRIMARY KEY REFERENCES providers (id),
    maker_checker boolean     NOT NULL,
    updated_by    varchar(200) NOT NULL,
    updated_at    timestamptz NOT NULL
);
