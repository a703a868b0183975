-- Anonymisation on request (law 09-08): the personal fields of a learner are erased for good; what
-- statistics count (sex, nationality, commune, placements with their age at the reference date,
-- programme, centre and outcome) stays, so past statistics do not change.
ALTER TABLE learner
    ADD COLUMN anonymised_at        DATETIME(6)  NULL,
    ADD COLUMN anonymised_by        VARCHAR(100) NULL,
    ADD COLUMN anonymisation_reason VARCHAR(500) NULL;
