CREATE TABLE association (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code    VARCHAR(16)  NOT NULL,
    name_ar             VARCHAR(200) NOT NULL,
    name_fr             VARCHAR(200) NULL,
    acronym             VARCHAR(30)  NULL,
    registration_number VARCHAR(50)  NULL,
    commune_code        VARCHAR(32)  NULL,
    address             VARCHAR(300) NULL,
    phone               VARCHAR(30)  NULL,
    email               VARCHAR(150) NULL,
    contact_name        VARCHAR(150) NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_association_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_association_commune FOREIGN KEY (commune_code) REFERENCES commune (code),
    CONSTRAINT uq_association_name UNIQUE (directorate_code, name_ar)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_association_name_fr ON association (directorate_code, name_fr);
