-- Reports of ILR file imports: the counts and every finding, kept for the provider to read again.
CREATE TABLE ilr_imports (
    id          uuid PRIMARY KEY,
    provider_id uuid         NOT NULL REFERENCES providers (id),
    -- Who uploaded the file; the changes themselves are audited as ilr-import:<id>.
    uploaded_by varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    learners    integer      NOT NULL,
    created     integer      NOT NULL,
    updated     integer      NOT NULL,
    unchanged   integer      NOT NULL,
    rejected    integer      NOT NULL,
    skipped     integer      NOT NULL,
    errors      jsonb        NOT NULL,
    CHECK (created + updated + rejected + skipped = learners),
    CHECK (unchanged <= updated)
);
CREATE INDEX ilr_imports_provider ON ilr_imports (provider_id, created_at);
