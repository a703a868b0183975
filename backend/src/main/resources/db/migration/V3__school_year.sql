-- School years and the age band of each programme. Bands are data: a school year has default
-- bands (directorate_code NULL) and a directorate may override one for itself.
CREATE TABLE school_year (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(9)  NOT NULL,
    starts_on          DATE        NOT NULL,
    ends_on            DATE        NOT NULL,
    age_reference_date DATE        NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_school_year_code UNIQUE (code),
    CONSTRAINT ck_school_year_dates CHECK (starts_on < ends_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE age_band (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_year_id   BIGINT      NOT NULL,
    programme        VARCHAR(20) NOT NULL,
    directorate_code VARCHAR(16) NULL,
    min_age          INT         NOT NULL,
    max_age          INT         NOT NULL,
    scope_key        VARCHAR(16) AS (COALESCE(directorate_code, '*')) PERSISTENT,
    CONSTRAINT fk_age_band_school_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    CONSTRAINT fk_age_band_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT uq_age_band UNIQUE (school_year_id, programme, scope_key),
    CONSTRAINT ck_age_band CHECK (min_age >= 0 AND min_age <= max_age AND max_age <= 30)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO school_year (code, starts_on, ends_on, age_reference_date, created_at, updated_at) VALUES
 ('2024/2025', '2024-09-01', '2025-07-31', '2024-12-31', NOW(6), NOW(6)),
 ('2025/2026', '2025-09-01', '2026-07-31', '2025-12-31', NOW(6), NOW(6));

INSERT INTO age_band (school_year_id, programme, directorate_code, min_age, max_age)
SELECT id, 'NFE_BASIC', NULL, 8, 15 FROM school_year
UNION ALL
SELECT id, 'E2C_NG', NULL, 15, 18 FROM school_year;
