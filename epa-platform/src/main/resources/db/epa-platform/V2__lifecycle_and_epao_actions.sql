-- The status is no longer stored: it follows from the status the apprentice was registered with
-- and the record's timeline. Records from before were always registered on programme.
ALTER TABLE apprentices RENAME COLUMN status TO registered_status;
UPDATE apprentices SET registered_status = 'ON_PROGRAMME';

-- The apprentice's own contact details, which EPAOs need for assessments and certificates.
ALTER TABLE apprentices ADD COLUMN phone text;
ALTER TABLE apprentices ADD COLUMN postal_address jsonb;

ALTER TABLE apprentice_programmes ADD COLUMN stop_date date;

-- What the EPAO's staff did to a record, in the order they did it.
CREATE TABLE apprentice_epao_actions (
    apprentice_id   uuid NOT NULL REFERENCES apprentices (id),
    position        integer NOT NULL,
    type            text NOT NULL,
    effective_date  date NOT NULL,
    recorded_at     timestamptz NOT NULL,
    gateway_date    date,
    grade           text,
    assessment_date date,
    reason          text,
    PRIMARY KEY (apprentice_id, position)
);

-- The history now holds every change, the provider's and the EPAO's (call names which), with the
-- record as it was right after it (json keeps it as written). connection_id is the connection the
-- apprentice belongs to. Rows from before have no record.
ALTER TABLE apprentice_history ADD COLUMN record json;
