-- Each learner's records on EPA platforms, one per registration through a connection: the one the
-- learner is registered through now (active) and those the learner left (withdrawn there, PC-1/PC-3).
-- desired is what the rules say the platform should hold; delivery drives the platform towards it.
CREATE TABLE sync_records (
    id            uuid PRIMARY KEY,
    provider_id   uuid         NOT NULL REFERENCES providers (id),
    learner_id    uuid         NOT NULL,
    connection_id uuid         NOT NULL,
    epao_id       varchar(8)   NOT NULL,
    active        boolean      NOT NULL,
    apprentice_id varchar(100),
    -- Null only for records carried over from before this migration, until RecordBackfill fills it.
    desired       jsonb,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    left_at       timestamptz
);
CREATE UNIQUE INDEX sync_records_active ON sync_records (learner_id) WHERE active;
CREATE INDEX sync_records_learner ON sync_records (provider_id, learner_id, created_at);
CREATE INDEX sync_records_connection ON sync_records (connection_id) WHERE active;

-- The registrations known so far become records: the learner's current connection is the active one.
INSERT INTO sync_records (id, provider_id, learner_id, connection_id, epao_id, active, apprentice_id, created_at)
SELECT gen_random_uuid(), r.provider_id, r.learner_id, r.connection_id, c.epao_id,
       l.registration_mode = 'CONNECTED' AND l.registration_connection_id = r.connection_id,
       r.apprentice_id, r.registered_at
FROM sync_registrations r
JOIN epa_connections c ON c.id = r.connection_id
JOIN learners l ON l.id = r.learner_id;
-- A learner registered through a connection whose registration was not delivered yet has no
-- registration row: its record is active all the same, and delivery will register it.
INSERT INTO sync_records (id, provider_id, learner_id, connection_id, epao_id, active, apprentice_id)
SELECT gen_random_uuid(), l.provider_id, l.id, l.registration_connection_id, l.registration_epao_id, true,
       l.apprentice_id
FROM learners l
WHERE l.registration_mode = 'CONNECTED'
  AND NOT EXISTS (SELECT 1 FROM sync_records r WHERE r.learner_id = l.id AND r.active);

-- A task is for one record (a skipped entry may have none). A connection whose credentials the
-- platform refuses holds its tasks, visibly, without blocking any learner (CV-2).
ALTER TABLE sync_tasks ADD COLUMN record_id uuid;
ALTER TABLE sync_tasks ADD COLUMN epao_id varchar(8);
-- Why nothing was sent: the rule's reason for a skipped entry, or the person's reason for skipping a
-- blocked task (CV-3), with who did so.
ALTER TABLE sync_tasks ADD COLUMN reason text;
ALTER TABLE sync_tasks ADD COLUMN skipped_by varchar(200);
UPDATE sync_tasks t SET record_id = r.id, epao_id = r.epao_id
FROM learners l, sync_records r
WHERE l.id = t.learner_id AND r.learner_id = t.learner_id
  AND r.connection_id = COALESCE(t.connection_id, l.registration_connection_id);
CREATE INDEX sync_tasks_connection_waiting ON sync_tasks (connection_id) WHERE status IN ('PENDING', 'RETRYING');

DROP TABLE sync_registrations;

ALTER TABLE epa_connections ADD COLUMN state varchar(10) NOT NULL DEFAULT 'OK'
    CHECK (state IN ('OK', 'REFUSED'));
ALTER TABLE epa_connections ADD COLUMN state_since timestamptz;
ALTER TABLE epa_connections ADD COLUMN state_detail text;

-- Every record people edit carries a version: writes happen under the row's lock, and the API offers
-- it as an ETag so that an integrator's stale If-Match is refused rather than overwriting (CV-6).
ALTER TABLE case_owners ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE managers ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE employers ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE employer_addresses ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE programmes ADD COLUMN version bigint NOT NULL DEFAULT 0;
