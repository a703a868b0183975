-- Imports of learners and placements from the files associations keep (CSV, XLSX): a dry run
-- that reports every bad row, then an all-or-nothing commit of the same file.
CREATE TABLE import_job (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code VARCHAR(16)  NOT NULL,
    association_id   BIGINT       NULL,
    created_by       VARCHAR(100) NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    format           VARCHAR(4)   NOT NULL,
    content          LONGBLOB     NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    total_rows       INT          NOT NULL DEFAULT 0,
    processed_rows   INT          NOT NULL DEFAULT 0,
    error_count      INT          NOT NULL DEFAULT 0,
    created_learners INT          NOT NULL DEFAULT 0,
    created_placements INT        NOT NULL DEFAULT 0,
    message          VARCHAR(500) NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6)  NULL,
    CONSTRAINT fk_import_job_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_import_job_association FOREIGN KEY (association_id) REFERENCES association (id),
    CONSTRAINT ck_import_job_status CHECK (status IN ('VALIDATING', 'VALIDATED', 'INVALID', 'COMMITTING', 'COMMITTED', 'FAILED')),
    CONSTRAINT ck_import_job_format CHECK (format IN ('CSV', 'XLSX'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_import_job_scope ON import_job (directorate_code, association_id, created_at);

CREATE TABLE import_error (
    job_id      BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    line        INT          NOT NULL,
    column_name VARCHAR(40)  NULL,
    message     VARCHAR(300) NOT NULL,
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_import_error_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
