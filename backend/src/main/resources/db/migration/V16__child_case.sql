-- Identified children ("cases"): children out of school that a caravan team or a campaign found, followed
-- until they are enrolled (or decline, cannot be reached, are not eligible). Minors' personal data: scoped
-- like learners, erased on request, audited on every read; statistics keep what they count.
CREATE TABLE child_case (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code        VARCHAR(16)   NOT NULL,
    association_id          BIGINT        NULL,
    campaign_id             BIGINT        NULL,
    caravan_id              BIGINT        NULL,
    stop_id                 BIGINT        NULL,
    found_by_member_id      BIGINT        NULL,
    first_name_ar           VARCHAR(100)  NOT NULL,
    last_name_ar            VARCHAR(100)  NOT NULL,
    first_name_latin        VARCHAR(100)  NULL,
    last_name_latin         VARCHAR(100)  NULL,
    name_key                VARCHAR(250)  NOT NULL,
    name_key_latin          VARCHAR(250)  NULL,
    sex                     VARCHAR(1)    NOT NULL,
    birth_date              DATE          NULL,
    estimated_age           INT           NULL,
    -- the birth date, or the one the estimated age gives on the day the child was found: duplicates are
    -- looked for within a year of it
    approx_birth_date       DATE          NOT NULL,
    massar_code             VARCHAR(10)   NULL,
    guardian_name           VARCHAR(150)  NULL,
    guardian_relation       VARCHAR(20)   NULL,
    guardian_phone          VARCHAR(30)   NULL,
    commune_code            VARCHAR(32)   NULL,
    address                 VARCHAR(300)  NULL,
    last_grade_completed    VARCHAR(4)    NULL,
    year_left_school        INT           NULL,
    dropout_reason          VARCHAR(20)   NULL,
    share_consent           BOOLEAN       NOT NULL DEFAULT FALSE,
    status                  VARCHAR(15)   NOT NULL DEFAULT 'IDENTIFIED',
    status_changed_on       DATE          NOT NULL,
    referred_association_id BIGINT        NULL,
    referred_centre_id      BIGINT        NULL,
    referral_override       VARCHAR(500)  NULL,
    learner_id              BIGINT        NULL,
    found_on                DATE          NOT NULL,
    recorded_by             VARCHAR(100)  NOT NULL,
    anonymised_at           DATETIME(6)   NULL,
    anonymised_by           VARCHAR(100)  NULL,
    anonymisation_reason    VARCHAR(500)  NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_child_case_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_child_case_association FOREIGN KEY (association_id) REFERENCES association (id),
    CONSTRAINT fk_child_case_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_child_case_caravan FOREIGN KEY (caravan_id) REFERENCES caravan (id),
    CONSTRAINT fk_child_case_stop FOREIGN KEY (stop_id) REFERENCES caravan_stop (id),
    CONSTRAINT fk_child_case_member FOREIGN KEY (found_by_member_id) REFERENCES caravan_member (id),
    CONSTRAINT fk_child_case_referred_association FOREIGN KEY (referred_association_id) REFERENCES association (id),
    CONSTRAINT fk_child_case_referred_centre FOREIGN KEY (referred_centre_id) REFERENCES centre (id),
    CONSTRAINT fk_child_case_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT ck_child_case_status CHECK (status IN
        ('IDENTIFIED', 'CONTACTED', 'REFERRED', 'ENROLLED', 'DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE')),
    CONSTRAINT ck_child_case_birth CHECK (birth_date IS NOT NULL OR estimated_age IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_child_case_directorate ON child_case (directorate_code, status, id);
CREATE INDEX ix_child_case_association ON child_case (association_id, status, id);
CREATE INDEX ix_child_case_referred ON child_case (referred_association_id, status, id);
CREATE INDEX ix_child_case_stop ON child_case (stop_id, id);
CREATE INDEX ix_child_case_campaign ON child_case (campaign_id, status);
CREATE INDEX ix_child_case_name ON child_case (directorate_code, name_key, approx_birth_date);
CREATE INDEX ix_child_case_name_latin ON child_case (directorate_code, name_key_latin, approx_birth_date);
CREATE INDEX ix_child_case_massar ON child_case (massar_code);
CREATE INDEX ix_child_case_learner ON child_case (learner_id);

-- Every move of a case: when, who, why, and for a referral where to.
CREATE TABLE child_case_status_change (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id                 BIGINT       NOT NULL,
    from_status             VARCHAR(15)  NULL,
    to_status               VARCHAR(15)  NOT NULL,
    changed_on              DATE         NOT NULL,
    changed_at              DATETIME(6)  NOT NULL,
    changed_by              VARCHAR(100) NOT NULL,
    reason                  VARCHAR(500) NULL,
    CONSTRAINT fk_child_case_status_change_case FOREIGN KEY (case_id) REFERENCES child_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_child_case_status_change_case ON child_case_status_change (case_id, changed_at, id);

CREATE TABLE child_case_note (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT        NOT NULL,
    noted_on   DATE          NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    written_by VARCHAR(100)  NOT NULL,
    written_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_child_case_note_case FOREIGN KEY (case_id) REFERENCES child_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_child_case_note_case ON child_case_note (case_id, noted_on, id);
