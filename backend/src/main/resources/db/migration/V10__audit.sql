-- Who did what, when, through which client and from where: every change, and every read of a
-- minor's personal data. Written by the application only; the API has no way to change it.
CREATE TABLE audit_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)  NOT NULL,
    username         VARCHAR(100) NOT NULL,
    client_id        VARCHAR(100) NULL,
    directorate_code VARCHAR(16)  NULL,
    association_id   BIGINT       NULL,
    remote_address   VARCHAR(64)  NULL,
    action           VARCHAR(10)  NOT NULL,
    entity_type      VARCHAR(40)  NOT NULL,
    entity_id        BIGINT       NULL,
    http_method      VARCHAR(8)   NOT NULL,
    path             VARCHAR(300) NOT NULL,
    status           INT          NOT NULL,
    CONSTRAINT ck_audit_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'READ'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_scope_time ON audit_event (directorate_code, occurred_at);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_user ON audit_event (username, occurred_at);
