-- ILR 2026/27: the Apprenticeship Service agreement ID (AgreemId) of the learner's employment, on the
-- learner (the current employment) and on each employment status recorded by a change of employer.
ALTER TABLE learners ADD COLUMN agreem_id varchar(7);
ALTER TABLE learner_employment_statuses ADD COLUMN agreem_id varchar(7);

-- Off-the-job training hours of the programme aim: HRS 1 planned (PHours up to 2025/26), HRS 3 actual
-- (OTJActHours), and HRS 4 with its AppFinRecord RIP 1 for recognised prior learning, which go together.
ALTER TABLE learners
    ADD COLUMN otj_planned_hours smallint CHECK (otj_planned_hours BETWEEN 0 AND 9999),
    ADD COLUMN otj_actual_hours smallint CHECK (otj_actual_hours BETWEEN 0 AND 9999),
    ADD COLUMN prior_learning_hours smallint CHECK (prior_learning_hours BETWEEN 0 AND 9999),
    ADD COLUMN prior_learning_price_reduction integer CHECK (prior_learning_price_reduction BETWEEN 0 AND 999999),
    ADD COLUMN prior_learning_price_reduction_date date,
    ADD CHECK ((prior_learning_hours IS NULL) = (prior_learning_price_reduction IS NULL)
        AND (prior_learning_hours IS NULL) = (prior_learning_price_reduction_date IS NULL));

-- The collection year an imported file was read as; files before this were all 2025/26.
ALTER TABLE ilr_imports ADD COLUMN year char(4) NOT NULL DEFAULT '2526' CHECK (year IN ('2526', '2627'));
ALTER TABLE ilr_imports ALTER COLUMN year DROP DEFAULT;
