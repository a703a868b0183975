-- Centres where associations run the programmes: a non-formal class site (NFE_BASIC) or a
-- second-chance new generation centre (E2C_NG) with its strands and trades.
CREATE TABLE centre (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code VARCHAR(16)  NOT NULL,
    association_id   BIGINT       NOT NULL,
    name_ar          VARCHAR(200) NOT NULL,
    name_fr          VARCHAR(200) NULL,
    type             VARCHAR(20)  NOT NULL,
    commune_code     VARCHAR(32)  NOT NULL,
    address          VARCHAR(300) NULL,
    capacity         INT          NOT NULL,
    class_cap        INT          NOT NULL DEFAULT 20,
    opened_on        DATE         NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_centre_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_centre_association FOREIGN KEY (association_id) REFERENCES association (id),
    CONSTRAINT fk_centre_commune FOREIGN KEY (commune_code) REFERENCES commune (code),
    CONSTRAINT uq_centre_name UNIQUE (directorate_code, name_ar),
    CONSTRAINT ck_centre_type CHECK (type IN ('NFE_BASIC', 'E2C_NG')),
    CONSTRAINT ck_centre_capacity CHECK (capacity > 0 AND class_cap > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_centre_association ON centre (association_id);

CREATE TABLE centre_strand (
    centre_id BIGINT      NOT NULL,
    strand    VARCHAR(30) NOT NULL,
    PRIMARY KEY (centre_id, strand),
    CONSTRAINT fk_centre_strand_centre FOREIGN KEY (centre_id) REFERENCES centre (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE centre_trade (
    centre_id BIGINT       NOT NULL,
    trade     VARCHAR(100) NOT NULL,
    PRIMARY KEY (centre_id, trade),
    CONSTRAINT fk_centre_trade_centre FOREIGN KEY (centre_id) REFERENCES centre (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
