-- Each word of a learner's normalised names (Arabic and Latin), so a search by any word, in
-- any order, by prefix, uses an index instead of scanning every learner.
CREATE TABLE learner_name_token (
    learner_id BIGINT       NOT NULL,
    token      VARCHAR(100) NOT NULL,
    PRIMARY KEY (learner_id, token),
    CONSTRAINT fk_learner_name_token_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_learner_name_token ON learner_name_token (token, learner_id);
