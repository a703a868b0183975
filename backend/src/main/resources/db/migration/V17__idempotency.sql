-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first answer to a caller's POST with a key,
-- kept so that the same request sent again (a phone retrying after a lost answer) gets it again and creates
-- nothing. In the database, so that every instance agrees. Answers are kept a day, then purged.
CREATE TABLE idempotency_record (
    caller           VARCHAR(200)  NOT NULL,
    idem_key         VARCHAR(255)  NOT NULL,
    fingerprint      CHAR(64)      NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    status           INT           NULL,
    content_type     VARCHAR(100)  NULL,
    location         VARCHAR(500)  NULL,
    body             MEDIUMBLOB    NULL,
    created_at       DATETIME(6)   NOT NULL,
    completed_at     DATETIME(6)   NULL,
    PRIMARY KEY (caller, idem_key),
    CONSTRAINT ck_idempotency_state CHECK (state IN ('RUNNING', 'DONE', 'ERASED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);
