-- The ILR completion fields an approved EPA outcome sets (TW-2), and what the EPAO's platform records
-- of the learner's end-point assessment, as read back (TW-1..TW-3).
ALTER TABLE learners ADD COLUMN outcome smallint;
ALTER TABLE learners ADD COLUMN achievement_date date;
ALTER TABLE learners ADD COLUMN out_grade varchar(4);
ALTER TABLE learners ADD COLUMN epa_platform_status varchar(20);
ALTER TABLE learners ADD COLUMN epa_gateway_date date;
ALTER TABLE learners ADD COLUMN epa_grade varchar(20);
ALTER TABLE learners ADD COLUMN epa_assessment_date date;

-- How far each connection's change feed has been read back.
CREATE TABLE sync_feed_cursors (
    connection_id uuid PRIMARY KEY,
    provider_id   uuid        NOT NULL REFERENCES providers (id),
    cursor        varchar(40) NOT NULL,
    read_at       timestamptz NOT NULL DEFAULT now()
);

-- Reconciliations (TW-4): every registered record read back and compared with what it should hold.
CREATE TABLE sync_reconciliations (
    id          uuid PRIMARY KEY,
    provider_id uuid        NOT NULL REFERENCES providers (id),
    status      varchar(10) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    checked     integer     NOT NULL DEFAULT 0,
    drifted     integer     NOT NULL DEFAULT 0,
    -- [{recordId, learnerId, epaoId, field, expected, actual}]
    differences jsonb       NOT NULL DEFAULT '[]',
    problem     text,
    repaired_at timestamptz
);
CREATE INDEX sync_reconciliations_provider ON sync_reconciliations (provider_id, started_at);

-- Read-back finds the learner behind each change on a connection's feed by the platform's apprentice ID.
CREATE INDEX sync_records_apprentice ON sync_records (connection_id, apprentice_id);
