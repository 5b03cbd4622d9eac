-- ILR 2026/27 widens EPAOrgID to 8 characters: the "assessment organisation ID" is EPA and 4 digits
-- or the organisation's UKPRN. The learners' columns were made 8 wide from the start.
ALTER TABLE epao_register ALTER COLUMN epao_id TYPE varchar(8);
ALTER TABLE standard_assessors ALTER COLUMN epao_id TYPE varchar(8);
ALTER TABLE provider_epaos ALTER COLUMN epao_id TYPE varchar(8);
ALTER TABLE epa_connections ALTER COLUMN epao_id TYPE varchar(8);
ALTER TABLE programmes ALTER COLUMN epao_id TYPE varchar(8);

-- A UKPRN given as an assessment organisation ID resolves to the register's organisation with that UKPRN.
CREATE INDEX epao_register_ukprn ON epao_register (ukprn);
