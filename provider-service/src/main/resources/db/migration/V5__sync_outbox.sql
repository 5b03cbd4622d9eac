-- The channels each provider added to rules of the seed's table (spec/RULES.md); absent = seed default.
CREATE TABLE sync_policy_widenings (
    provider_id uuid        NOT NULL REFERENCES providers (id),
    rule_id     varchar(10) NOT NULL,
    channels    varchar(100) NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  varchar(200) NOT NULL,
    PRIMARY KEY (provider_id, rule_id)
);

-- A change to a record linked to many learners, written in the change's transaction and expanded
-- by the workers into per-learner tasks in batches (so the user's request never waits for them).
CREATE TABLE sync_fanouts (
    id           bigserial PRIMARY KEY,
    provider_id  uuid         NOT NULL REFERENCES providers (id),
    link_type    varchar(30)  NOT NULL,
    link_id      uuid         NOT NULL,
    rule_id      varchar(10)  NOT NULL,
    channel      varchar(20)  NOT NULL,
    action       varchar(40)  NOT NULL,
    actor        varchar(200) NOT NULL,
    expanded_to  uuid,
    done         boolean      NOT NULL DEFAULT false,
    lease_token  uuid,
    lease_until  timestamptz,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX sync_fanouts_open ON sync_fanouts (id) WHERE NOT done;

-- The outbox: one row per thing an EPA platform must be told about one learner, in order of id.
CREATE TABLE sync_tasks (
    id              bigserial PRIMARY KEY,
    provider_id     uuid         NOT NULL REFERENCES providers (id),
    learner_id      uuid         NOT NULL,
    connection_id   uuid,
    rule_id         varchar(10)  NOT NULL,
    channel         varchar(20)  NOT NULL,
    action          varchar(40)  NOT NULL,
    actor           varchar(200) NOT NULL,
    -- What the change itself carried (a circumstance, a programme change), fixed at write time;
    -- everything else is read from the learner's record at send time.
    payload         jsonb,
    status          varchar(10)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    lease_token     uuid,
    lease_until     timestamptz,
    fanout_id       bigint REFERENCES sync_fanouts (id),
    coalesced_into  bigint,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    last_request    jsonb,
    last_response   text,
    last_error      text
);
-- The workers look only at each learner's oldest unfinished task.
CREATE INDEX sync_tasks_unfinished ON sync_tasks (learner_id, id) WHERE status IN ('PENDING', 'RETRYING', 'BLOCKED');
CREATE INDEX sync_tasks_learner ON sync_tasks (provider_id, learner_id, id);
CREATE INDEX sync_tasks_status ON sync_tasks (provider_id, status);

-- Every delivery attempt: what was sent and what the platform answered (AU-1).
CREATE TABLE sync_attempts (
    id              bigserial PRIMARY KEY,
    task_id         bigint       NOT NULL REFERENCES sync_tasks (id),
    attempt         integer      NOT NULL,
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz  NOT NULL,
    request         jsonb,
    response_status integer,
    response_body   text,
    outcome         varchar(20)  NOT NULL,
    error           text
);
CREATE INDEX sync_attempts_task ON sync_attempts (task_id, attempt);

-- The platform's own ID of a learner's record on each connection it was registered through.
CREATE TABLE sync_registrations (
    provider_id   uuid         NOT NULL REFERENCES providers (id),
    learner_id    uuid         NOT NULL,
    connection_id uuid         NOT NULL,
    apprentice_id varchar(100) NOT NULL,
    registered_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, connection_id)
);
