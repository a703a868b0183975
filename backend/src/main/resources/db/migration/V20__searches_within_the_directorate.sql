-- A search by name starts from the words of the caller's directorate, not the country's: a common word is in
-- tens of thousands of names nationally, and walking them (or walking every learner, newest first, for the few of
-- one directorate) made a search hundreds of milliseconds at national scale. A learner never changes directorate.
ALTER TABLE learner_name_token ADD COLUMN directorate_code VARCHAR(16) NOT NULL DEFAULT '';
UPDATE learner_name_token t JOIN learner l ON l.id = t.learner_id SET t.directorate_code = l.directorate_code;
ALTER TABLE learner_name_token ALTER COLUMN directorate_code DROP DEFAULT;
CREATE INDEX ix_learner_name_token_directorate ON learner_name_token (directorate_code, token, learner_id);
DROP INDEX ix_learner_name_token ON learner_name_token;

-- An association's learners, counted for a first page: with the directorate in the index the count walks the index
-- alone, instead of reading each learner's row to check its directorate.
CREATE INDEX ix_learner_directorate_association_order ON learner (directorate_code, association_id, name_key);
DROP INDEX ix_learner_association_order ON learner;
