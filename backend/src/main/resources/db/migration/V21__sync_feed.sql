-- The change feed for other systems (GET /api/v1/sync/changes): one row per record of the synchronised tables,
-- written by triggers in the same transaction as the change (whatever wrote it: the API, an import's bulk insert,
-- an erasure), with the record's last operation. A write sets the row's sequence to NULL ("not yet numbered");
-- the sequencer (sync/ChangeSequencer) numbers committed rows under the lock of sync_sequence, so numbers are given
-- in the order rows become visible and a transaction that commits late gets a later number: a reader that has seen
-- number n never misses a change numbered below it. The table holds ids only, never a name.
CREATE TABLE sync_change (
    entity           VARCHAR(16)  NOT NULL,
    entity_id        BIGINT       NOT NULL,
    directorate_code VARCHAR(16)  NOT NULL,
    -- learners and cases: only for clients granted personal data
    personal         BOOLEAN      NOT NULL,
    operation        VARCHAR(8)   NOT NULL,
    changed_at       DATETIME(6)  NOT NULL,
    sequence         BIGINT       NULL,
    -- The record is the primary key and no other index is unique: an upsert's duplicate check on a unique secondary
    -- index takes a next-key lock, and a long transaction (an import) would hold the gap after its rows, stopping
    -- every other writer of that kind of record until it commits. The sequencer alone makes sequences unique.
    PRIMARY KEY (entity, entity_id),
    INDEX sync_change_sequence (sequence),
    INDEX sync_change_feed (directorate_code, sequence),
    INDEX sync_change_feed_without_people (directorate_code, personal, sequence)
);

CREATE TABLE sync_sequence (
    id   TINYINT NOT NULL PRIMARY KEY,
    last BIGINT  NOT NULL
);
INSERT INTO sync_sequence (id, last) VALUES (1, 0);

-- agreement

CREATE TRIGGER agreement_sync_insert AFTER INSERT ON agreement FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('AGREEMENT', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER agreement_sync_update AFTER UPDATE ON agreement FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('AGREEMENT', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER agreement_sync_delete AFTER DELETE ON agreement FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('AGREEMENT', OLD.id, OLD.directorate_code, FALSE, 'DELETED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

-- centre

CREATE TRIGGER centre_sync_insert AFTER INSERT ON centre FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CENTRE', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER centre_sync_update AFTER UPDATE ON centre FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CENTRE', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER centre_sync_delete AFTER DELETE ON centre FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CENTRE', OLD.id, OLD.directorate_code, FALSE, 'DELETED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

-- campaign

CREATE TRIGGER campaign_sync_insert AFTER INSERT ON campaign FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CAMPAIGN', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER campaign_sync_update AFTER UPDATE ON campaign FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CAMPAIGN', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER campaign_sync_delete AFTER DELETE ON campaign FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CAMPAIGN', OLD.id, OLD.directorate_code, FALSE, 'DELETED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

-- caravan

CREATE TRIGGER caravan_sync_insert AFTER INSERT ON caravan FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CARAVAN', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER caravan_sync_update AFTER UPDATE ON caravan FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CARAVAN', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER caravan_sync_delete AFTER DELETE ON caravan FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CARAVAN', OLD.id, OLD.directorate_code, FALSE, 'DELETED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

-- caravan_stop

CREATE TRIGGER caravan_stop_sync_insert AFTER INSERT ON caravan_stop FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('STOP', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER caravan_stop_sync_update AFTER UPDATE ON caravan_stop FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('STOP', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER caravan_stop_sync_delete AFTER DELETE ON caravan_stop FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('STOP', OLD.id, OLD.directorate_code, FALSE, 'DELETED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

-- placement

CREATE TRIGGER placement_sync_insert AFTER INSERT ON placement FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('PLACEMENT', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER placement_sync_update AFTER UPDATE ON placement FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('PLACEMENT', NEW.id, NEW.directorate_code, FALSE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER placement_sync_delete AFTER DELETE ON placement FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('PLACEMENT', OLD.id, OLD.directorate_code, FALSE, 'DELETED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

-- learner

CREATE TRIGGER learner_sync_insert AFTER INSERT ON learner FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('LEARNER', NEW.id, NEW.directorate_code, TRUE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER learner_sync_update AFTER UPDATE ON learner FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('LEARNER', NEW.id, NEW.directorate_code, TRUE, IF(NEW.anonymised_at IS NULL, 'CHANGED', 'ERASED'), NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER learner_sync_delete AFTER DELETE ON learner FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('LEARNER', OLD.id, OLD.directorate_code, TRUE, 'DELETED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

-- child_case

CREATE TRIGGER child_case_sync_insert AFTER INSERT ON child_case FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CASE', NEW.id, NEW.directorate_code, TRUE, 'CHANGED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER child_case_sync_update AFTER UPDATE ON child_case FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CASE', NEW.id, NEW.directorate_code, TRUE, IF(NEW.anonymised_at IS NULL, 'CHANGED', 'ERASED'), NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

CREATE TRIGGER child_case_sync_delete AFTER DELETE ON child_case FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
    VALUES ('CASE', OLD.id, OLD.directorate_code, TRUE, 'DELETED', NOW(6), NULL)
    ON DUPLICATE KEY UPDATE operation = VALUES(operation), changed_at = VALUES(changed_at), sequence = NULL;

-- what exists already enters the feed once, numbered by the first pull

INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
SELECT 'AGREEMENT', id, directorate_code, FALSE, 'CHANGED', NOW(6), NULL FROM agreement;

INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
SELECT 'CENTRE', id, directorate_code, FALSE, 'CHANGED', NOW(6), NULL FROM centre;

INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
SELECT 'CAMPAIGN', id, directorate_code, FALSE, 'CHANGED', NOW(6), NULL FROM campaign;

INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
SELECT 'CARAVAN', id, directorate_code, FALSE, 'CHANGED', NOW(6), NULL FROM caravan;

INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
SELECT 'STOP', id, directorate_code, FALSE, 'CHANGED', NOW(6), NULL FROM caravan_stop;

INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
SELECT 'PLACEMENT', id, directorate_code, FALSE, 'CHANGED', NOW(6), NULL FROM placement;

INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
SELECT 'LEARNER', id, directorate_code, TRUE, IF(anonymised_at IS NULL, 'CHANGED', 'ERASED'), NOW(6), NULL FROM learner;

INSERT INTO sync_change (entity, entity_id, directorate_code, personal, operation, changed_at, sequence)
SELECT 'CASE', id, directorate_code, TRUE, IF(anonymised_at IS NULL, 'CHANGED', 'ERASED'), NOW(6), NULL FROM child_case;
