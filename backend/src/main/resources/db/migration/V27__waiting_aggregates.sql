-- The waiting lists counted from aggregates kept exact in the writer's transaction, as the beneficiaries are (V23):
-- the occupancy statistic no longer reads the placements. A placement waiting for a seat adds itself to its centre's
-- waiting list in its school year, with its learner's record key (V25), and takes itself out when it is enrolled,
-- moved, ended or deleted.
--
--   waiting_delta +1/-1 per placement that starts or stops waiting, appended by the writer;
--   waiting_cell  waiting placements (and their learners' keys) per school year and centre, the committed deltas
--                 folded in by the compactor (statistics/StatisticsCompactor).

CREATE TABLE waiting_delta (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_year_id BIGINT NOT NULL,
    centre_id      BIGINT NOT NULL,
    placements     INT    NOT NULL,
    record_keys    BIGINT NOT NULL,
    INDEX waiting_delta_of (school_year_id, centre_id)
);

CREATE TABLE waiting_cell (
    school_year_id BIGINT NOT NULL,
    centre_id      BIGINT NOT NULL,
    placements     BIGINT NOT NULL,
    record_keys    BIGINT NOT NULL,
    PRIMARY KEY (school_year_id, centre_id)
);

INSERT INTO waiting_cell (school_year_id, centre_id, placements, record_keys)
SELECT p.school_year_id, p.centre_id, COUNT(*),
       SUM(CONV(LEFT(SHA2(CONCAT(s.secret, ':L:', p.learner_id), 256), 5), 16, 10))
FROM placement p JOIN statistics_secret s ON s.id = 1
WHERE p.status = 'WAITING'
GROUP BY p.school_year_id, p.centre_id;

DROP TRIGGER placement_statistics_insert;
DROP TRIGGER placement_statistics_update;
DROP TRIGGER placement_statistics_delete;

DELIMITER $$

-- a placement starts (+1) or stops (-1) waiting at its centre
CREATE PROCEDURE waiting_change(IN y BIGINT, IN c BIGINT, IN l BIGINT, IN change_by INT)
BEGIN
    INSERT INTO waiting_delta (school_year_id, centre_id, placements, record_keys)
    SELECT y, c, change_by, change_by * CONV(LEFT(SHA2(CONCAT(secret, ':L:', l), 256), 5), 16, 10)
    FROM statistics_secret WHERE id = 1;
END$$

CREATE TRIGGER placement_statistics_insert AFTER INSERT ON placement FOR EACH ROW
BEGIN
    IF NEW.enrolled_on IS NOT NULL THEN
        CALL beneficiary_enter(NEW.school_year_id, NEW.learner_id, NEW.directorate_code, NEW.association_id,
                               NEW.centre_id, NEW.programme, NEW.status, NEW.outcome, NEW.age_at_reference);
    END IF;
    IF NEW.status = 'WAITING' THEN
        CALL waiting_change(NEW.school_year_id, NEW.centre_id, NEW.learner_id, 1);
    END IF;
END$$

CREATE TRIGGER placement_statistics_update AFTER UPDATE ON placement FOR EACH ROW
BEGIN
    -- most updates (a class, a note) leave the cell as it was
    IF NOT ((OLD.enrolled_on IS NULL) <=> (NEW.enrolled_on IS NULL)
            AND OLD.school_year_id <=> NEW.school_year_id AND OLD.learner_id <=> NEW.learner_id
            AND OLD.directorate_code <=> NEW.directorate_code AND OLD.association_id <=> NEW.association_id
            AND OLD.centre_id <=> NEW.centre_id AND OLD.programme <=> NEW.programme AND OLD.status <=> NEW.status
            AND OLD.outcome <=> NEW.outcome AND OLD.age_at_reference <=> NEW.age_at_reference) THEN
        IF OLD.enrolled_on IS NOT NULL THEN
            CALL beneficiary_leave(OLD.school_year_id, OLD.learner_id, OLD.directorate_code, OLD.association_id,
                                   OLD.centre_id, OLD.programme, OLD.status, OLD.outcome, OLD.age_at_reference);
        END IF;
        IF NEW.enrolled_on IS NOT NULL THEN
            CALL beneficiary_enter(NEW.school_year_id, NEW.learner_id, NEW.directorate_code, NEW.association_id,
                                   NEW.centre_id, NEW.programme, NEW.status, NEW.outcome, NEW.age_at_reference);
        END IF;
    END IF;
    IF NOT (OLD.status <=> NEW.status AND OLD.school_year_id <=> NEW.school_year_id
            AND OLD.centre_id <=> NEW.centre_id AND OLD.learner_id <=> NEW.learner_id) THEN
        IF OLD.status = 'WAITING' THEN
            CALL waiting_change(OLD.school_year_id, OLD.centre_id, OLD.learner_id, -1);
        END IF;
        IF NEW.status = 'WAITING' THEN
            CALL waiting_change(NEW.school_year_id, NEW.centre_id, NEW.learner_id, 1);
        END IF;
    END IF;
END$$

CREATE TRIGGER placement_statistics_delete AFTER DELETE ON placement FOR EACH ROW
BEGIN
    IF OLD.enrolled_on IS NOT NULL THEN
        CALL beneficiary_leave(OLD.school_year_id, OLD.learner_id, OLD.directorate_code, OLD.association_id,
                               OLD.centre_id, OLD.programme, OLD.status, OLD.outcome, OLD.age_at_reference);
    END IF;
    IF OLD.status = 'WAITING' THEN
        CALL waiting_change(OLD.school_year_id, OLD.centre_id, OLD.learner_id, -1);
    END IF;
END$$

DELIMITER ;
