-- Webhooks (Standard Webhooks): a system or the directorate's admin registers an endpoint for event types; events are
-- written to an outbox (webhook_event) by triggers in the transaction of the change, whichever path made it (the API,
-- an import, a case's enrolment); the dispatcher (webhook/WebhookDispatcher) fans each event out to the endpoints
-- subscribed to it (webhook_delivery) and sends them, claiming each attempt under a row lock so that two instances
-- never send the same attempt; every attempt is kept (webhook_attempt), the delivery log. Events carry ids and codes,
-- never a name.
CREATE TABLE webhook_endpoint (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code  VARCHAR(16)   NOT NULL,
    -- the client (azp) of a system, or the username of the admin, who registered it
    owner             VARCHAR(100)  NOT NULL,
    url               VARCHAR(500)  NOT NULL,
    description       VARCHAR(200)  NULL,
    -- comma-separated event types, e.g. placement.enrolled,placement.ended
    event_types       VARCHAR(300)  NOT NULL,
    -- whsec_ and the base64 of 32 random bytes (Standard Webhooks)
    secret            VARCHAR(80)   NOT NULL,
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    disabled_reason   VARCHAR(300)  NULL,
    failing_since     DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_webhook_endpoint_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    INDEX webhook_endpoint_list (directorate_code, id)
);

CREATE TABLE webhook_event (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type              VARCHAR(40)   NOT NULL,
    directorate_code  VARCHAR(16)   NOT NULL,
    -- the data of the event (ids, codes, dates, statuses): JSON
    data              TEXT          NOT NULL,
    occurred_at       DATETIME(6)   NOT NULL,
    fanned_out        BOOLEAN       NOT NULL DEFAULT FALSE,
    INDEX webhook_event_waiting (fanned_out, id)
);

CREATE TABLE webhook_delivery (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    endpoint_id       BIGINT        NOT NULL,
    event_id          BIGINT        NOT NULL,
    -- PENDING (an attempt is due at next_attempt_at), DELIVERED, FAILED (retries exhausted or endpoint disabled)
    status            VARCHAR(10)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)   NULL,
    last_attempt_at   DATETIME(6)   NULL,
    last_status_code  INT           NULL,
    last_error        VARCHAR(300)  NULL,
    delivered_at      DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES webhook_event (id),
    INDEX webhook_delivery_due (status, next_attempt_at),
    INDEX webhook_delivery_log (endpoint_id, id)
);

CREATE TABLE webhook_attempt (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id       BIGINT        NOT NULL,
    attempted_at      DATETIME(6)   NOT NULL,
    -- the receiver's HTTP status, or null when no answer came (the error says why)
    status_code       INT           NULL,
    error             VARCHAR(300)  NULL,
    duration_ms       INT           NOT NULL,
    -- which instance sent it (host and process), to see two instances share the work
    sent_by           VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    INDEX webhook_attempt_of (delivery_id, id)
);

-- The events, from the changes themselves
CREATE TRIGGER placement_webhook_insert AFTER INSERT ON placement FOR EACH ROW
    INSERT INTO webhook_event (type, directorate_code, data, occurred_at)
    SELECT 'placement.enrolled', NEW.directorate_code,
           JSON_OBJECT('placementId', NEW.id, 'learnerId', NEW.learner_id, 'centreId', NEW.centre_id,
                       'programme', NEW.programme, 'enrolledOn', NEW.enrolled_on), NOW(6)
    FROM DUAL WHERE NEW.status = 'ENROLLED';

CREATE TRIGGER placement_webhook_update AFTER UPDATE ON placement FOR EACH ROW
    INSERT INTO webhook_event (type, directorate_code, data, occurred_at)
    SELECT IF(NEW.status = 'ENROLLED', 'placement.enrolled', 'placement.ended'), NEW.directorate_code,
           JSON_OBJECT('placementId', NEW.id, 'learnerId', NEW.learner_id, 'centreId', NEW.centre_id,
                       'programme', NEW.programme, 'enrolledOn', NEW.enrolled_on, 'endedOn', NEW.ended_on,
                       'outcome', NEW.outcome), NOW(6)
    FROM DUAL WHERE NEW.status <> OLD.status AND NEW.status IN ('ENROLLED', 'ENDED');

CREATE TRIGGER child_case_webhook_update AFTER UPDATE ON child_case FOR EACH ROW
    INSERT INTO webhook_event (type, directorate_code, data, occurred_at)
    SELECT 'case.enrolled', NEW.directorate_code,
           JSON_OBJECT('caseId', NEW.id, 'learnerId', NEW.learner_id, 'campaignId', NEW.campaign_id,
                       'stopId', NEW.stop_id), NOW(6)
    FROM DUAL WHERE NEW.status <> OLD.status AND NEW.status = 'ENROLLED';

CREATE TRIGGER agreement_webhook_update AFTER UPDATE ON agreement FOR EACH ROW
    INSERT INTO webhook_event (type, directorate_code, data, occurred_at)
    SELECT 'agreement.status_changed', NEW.directorate_code,
           JSON_OBJECT('agreementId', NEW.id, 'from', OLD.status, 'to', NEW.status), NOW(6)
    FROM DUAL WHERE NEW.status <> OLD.status;

CREATE TRIGGER campaign_webhook_update AFTER UPDATE ON campaign FOR EACH ROW
    INSERT INTO webhook_event (type, directorate_code, data, occurred_at)
    SELECT 'campaign.closed', NEW.directorate_code, JSON_OBJECT('campaignId', NEW.id), NOW(6)
    FROM DUAL WHERE NEW.status <> OLD.status AND NEW.status = 'CLOSED';
