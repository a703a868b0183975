-- Learners (minors: personal data, scoped) and their placements in programmes.
CREATE TABLE learner (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code      VARCHAR(16)  NOT NULL,
    association_id        BIGINT       NULL,
    first_name_ar         VARCHAR(100) NOT NULL,
    last_name_ar          VARCHAR(100) NOT NULL,
    first_name_latin      VARCHAR(100) NULL,
    last_name_latin       VARCHAR(100) NULL,
    name_key              VARCHAR(250) NOT NULL,
    name_key_latin        VARCHAR(250) NULL,
    birth_date            DATE         NOT NULL,
    sex                   VARCHAR(1)   NOT NULL,
    nationality           VARCHAR(2)   NOT NULL,
    massar_code           VARCHAR(10)  NULL,
    guardian_name         VARCHAR(150) NULL,
    guardian_relation     VARCHAR(20)  NULL,
    guardian_phone        VARCHAR(30)  NULL,
    commune_code          VARCHAR(32)  NULL,
    address               VARCHAR(300) NULL,
    last_grade_completed  VARCHAR(10)  NULL,
    year_left_school      INT          NULL,
    dropout_reason        VARCHAR(30)  NULL,
    dropout_reason_detail VARCHAR(500) NULL,
    consent_given_by      VARCHAR(150) NULL,
    consent_relation      VARCHAR(20)  NULL,
    consent_given_on      DATE         NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_learner_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_learner_association FOREIGN KEY (association_id) REFERENCES association (id),
    CONSTRAINT fk_learner_commune FOREIGN KEY (commune_code) REFERENCES commune (code),
    CONSTRAINT uq_learner_massar UNIQUE (massar_code),
    CONSTRAINT ck_learner_sex CHECK (sex IN ('F', 'M'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_learner_name ON learner (directorate_code, name_key, birth_date);
CREATE INDEX ix_learner_name_latin ON learner (directorate_code, name_key_latin, birth_date);
CREATE INDEX ix_learner_association ON learner (association_id);

CREATE TABLE learner_consent_purpose (
    learner_id BIGINT      NOT NULL,
    purpose    VARCHAR(30) NOT NULL,
    PRIMARY KEY (learner_id, purpose),
    CONSTRAINT fk_learner_consent_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE placement (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    learner_id          BIGINT      NOT NULL,
    centre_id           BIGINT      NOT NULL,
    school_year_id      BIGINT      NOT NULL,
    programme           VARCHAR(20) NOT NULL,
    directorate_code    VARCHAR(16) NOT NULL,
    association_id      BIGINT      NOT NULL,
    status              VARCHAR(10) NOT NULL,
    class_number        INT         NULL,
    age_at_reference    INT         NOT NULL,
    requested_at        DATETIME(6) NOT NULL,
    enrolled_on         DATE        NULL,
    ended_on            DATE        NULL,
    outcome             VARCHAR(30) NULL,
    transferred_from_id BIGINT      NULL,
    transferred_to_id   BIGINT      NULL,
    open_key            VARCHAR(41) AS (IF(status IN ('WAITING', 'ENROLLED'), CONCAT(learner_id, '/', school_year_id), NULL)) PERSISTENT,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_placement_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_placement_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_placement_school_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    CONSTRAINT fk_placement_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_placement_association FOREIGN KEY (association_id) REFERENCES association (id),
    CONSTRAINT uq_placement_open UNIQUE (open_key),
    CONSTRAINT ck_placement_status CHECK (status IN ('WAITING', 'ENROLLED', 'ENDED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_placement_centre ON placement (centre_id, school_year_id, status, requested_at);
CREATE INDEX ix_placement_learner ON placement (learner_id);
CREATE INDEX ix_placement_association ON placement (association_id, learner_id);
