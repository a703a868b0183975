-- Support recorded by associations: psychological support sessions and parallel activities
-- with their attendance, and proactive support of pupils at risk still in formal school.
CREATE TABLE support_activity (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code VARCHAR(16)   NOT NULL,
    association_id   BIGINT        NOT NULL,
    centre_id        BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    category         VARCHAR(20)   NULL,
    title            VARCHAR(200)  NOT NULL,
    held_on          DATE          NOT NULL,
    duration_minutes INT           NOT NULL,
    facilitator      VARCHAR(150)  NULL,
    notes            VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_support_activity_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_support_activity_association FOREIGN KEY (association_id) REFERENCES association (id),
    CONSTRAINT fk_support_activity_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_support_activity_kind CHECK (kind IN ('PSYCHOLOGICAL_SUPPORT', 'PARALLEL_ACTIVITY')),
    CONSTRAINT ck_support_activity_duration CHECK (duration_minutes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_support_activity_centre ON support_activity (centre_id, held_on);

CREATE TABLE support_attendance (
    activity_id BIGINT  NOT NULL,
    learner_id  BIGINT  NOT NULL,
    present     BOOLEAN NOT NULL,
    PRIMARY KEY (activity_id, learner_id),
    CONSTRAINT fk_support_attendance_activity FOREIGN KEY (activity_id) REFERENCES support_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_support_attendance_learner FOREIGN KEY (learner_id) REFERENCES learner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE at_risk_pupil (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code VARCHAR(16)  NOT NULL,
    association_id   BIGINT       NOT NULL,
    first_name_ar    VARCHAR(100) NOT NULL,
    last_name_ar     VARCHAR(100) NOT NULL,
    birth_date       DATE         NOT NULL,
    sex              VARCHAR(1)   NOT NULL,
    massar_code      VARCHAR(10)  NULL,
    school_name      VARCHAR(200) NOT NULL,
    grade            VARCHAR(10)  NOT NULL,
    guardian_phone   VARCHAR(30)  NULL,
    status           VARCHAR(10)  NOT NULL DEFAULT 'FOLLOWED',
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_at_risk_pupil_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_at_risk_pupil_association FOREIGN KEY (association_id) REFERENCES association (id),
    CONSTRAINT ck_at_risk_pupil_status CHECK (status IN ('FOLLOWED', 'STABILISED', 'DROPPED_OUT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_at_risk_pupil_association ON at_risk_pupil (association_id);

CREATE TABLE at_risk_signal (
    pupil_id BIGINT      NOT NULL,
    risk     VARCHAR(20) NOT NULL,
    PRIMARY KEY (pupil_id, risk),
    CONSTRAINT fk_at_risk_signal_pupil FOREIGN KEY (pupil_id) REFERENCES at_risk_pupil (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE at_risk_action (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pupil_id    BIGINT       NOT NULL,
    acted_on    DATE         NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    note        VARCHAR(500) NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_at_risk_action_pupil FOREIGN KEY (pupil_id) REFERENCES at_risk_pupil (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
