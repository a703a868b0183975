-- Partnership agreements (اتفاقيات الشراكة) between a directorate and an association.
CREATE TABLE agreement (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code VARCHAR(16)    NOT NULL,
    association_id   BIGINT         NOT NULL,
    reference        VARCHAR(50)    NOT NULL,
    status           VARCHAR(12)    NOT NULL DEFAULT 'DRAFT',
    signed_on        DATE           NULL,
    starts_on        DATE           NOT NULL,
    ends_on          DATE           NOT NULL,
    budget_mad       DECIMAL(14, 2) NOT NULL DEFAULT 0,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_agreement_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_agreement_association FOREIGN KEY (association_id) REFERENCES association (id),
    CONSTRAINT uq_agreement_reference UNIQUE (directorate_code, reference),
    CONSTRAINT ck_agreement_status CHECK (status IN ('DRAFT', 'SIGNED', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
    CONSTRAINT ck_agreement_dates CHECK (starts_on <= ends_on),
    CONSTRAINT ck_agreement_budget CHECK (budget_mad >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_agreement_association ON agreement (association_id);

CREATE TABLE agreement_school_year (
    agreement_id   BIGINT NOT NULL,
    school_year_id BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, school_year_id),
    CONSTRAINT fk_agreement_sy_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_sy_year FOREIGN KEY (school_year_id) REFERENCES school_year (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreement_programme (
    agreement_id          BIGINT      NOT NULL,
    programme             VARCHAR(20) NOT NULL,
    target_beneficiaries  INT         NOT NULL,
    PRIMARY KEY (agreement_id, programme),
    CONSTRAINT fk_agreement_programme_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT ck_agreement_programme_target CHECK (target_beneficiaries >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreement_tranche (
    agreement_id BIGINT         NOT NULL,
    seq          INT            NOT NULL,
    amount_mad   DECIMAL(14, 2) NOT NULL,
    due_on       DATE           NOT NULL,
    paid_on      DATE           NULL,
    PRIMARY KEY (agreement_id, seq),
    CONSTRAINT fk_agreement_tranche_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT ck_agreement_tranche_amount CHECK (amount_mad > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreement_centre (
    agreement_id BIGINT NOT NULL,
    centre_id    BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, centre_id),
    CONSTRAINT fk_agreement_centre_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_centre_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreement_document (
    agreement_id BIGINT       NOT NULL PRIMARY KEY,
    file_name    VARCHAR(200) NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_agreement_document_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreement_status_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT       NOT NULL,
    from_status  VARCHAR(12)  NULL,
    to_status    VARCHAR(12)  NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    reason       VARCHAR(500) NULL,
    CONSTRAINT fk_agreement_status_change_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_agreement_status_change ON agreement_status_change (agreement_id, changed_at);
