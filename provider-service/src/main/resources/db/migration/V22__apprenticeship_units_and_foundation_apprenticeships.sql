-- Programmes tell apart apprenticeship standards, foundation apprenticeships (an FA reference) and, from
-- ILR 2026/27, apprenticeship units (FundModel 39, ProgType 34): a unit is a learning aim of its own
-- (unit_aim_ref) with no standard and no end-point assessment, so no assessment organisation.
ALTER TABLE programmes
    ADD COLUMN apprenticeship_type varchar(30) NOT NULL DEFAULT 'APPRENTICESHIP'
        CHECK (apprenticeship_type IN ('APPRENTICESHIP', 'FOUNDATION_APPRENTICESHIP', 'APPRENTICESHIP_UNIT')),
    ADD COLUMN unit_aim_ref varchar(8),
    ALTER COLUMN standard_code DROP NOT NULL,
    ALTER COLUMN standard_reference DROP NOT NULL,
    ALTER COLUMN standard_version DROP NOT NULL,
    ALTER COLUMN epao_id DROP NOT NULL,
    ADD CHECK (CASE WHEN apprenticeship_type = 'APPRENTICESHIP_UNIT'
        THEN unit_aim_ref IS NOT NULL AND standard_code IS NULL AND standard_reference IS NULL
            AND standard_version IS NULL AND epao_id IS NULL
        ELSE unit_aim_ref IS NULL AND standard_code IS NOT NULL AND standard_reference IS NOT NULL
            AND standard_version IS NOT NULL AND epao_id IS NOT NULL END);
ALTER TABLE programmes ALTER COLUMN apprenticeship_type DROP DEFAULT;
