-- A learner's data goes beyond the association that recorded it (a placement or a transfer to
-- another association's centre) only with the guardian's consent to share, or with an override
-- whose reason and author are kept on the placement.
ALTER TABLE placement
    ADD COLUMN consent_override_reason VARCHAR(500) NULL,
    ADD COLUMN consent_override_by     VARCHAR(100) NULL;
