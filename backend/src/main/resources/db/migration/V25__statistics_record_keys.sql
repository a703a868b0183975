-- Record keys for the statistics' perturbation (statistics/Publication): every learner and every identified child has
-- a secret key in [0, 2^20), the first 20 bits of SHA-256(secret, kind, id), where the secret is drawn once here and
-- never leaves the database (no API returns it, nor any key). The aggregates add up the keys of the learners (cases)
-- of every cell, beside their count, the same way: so every group's key (its keys' sum modulo 2^20) is known exactly
-- and as fast as its count, and is the same whichever question the group is asked through. Publication rounds a count
-- up or down by that key, so the same children always get the same published figure (asking again, or another way,
-- tells nothing new) and a child more or less draws the rounding again.

CREATE TABLE statistics_secret (
    id     TINYINT  NOT NULL PRIMARY KEY,
    secret CHAR(64) NOT NULL
);
INSERT INTO statistics_secret (id, secret) VALUES (1, SHA2(CONCAT(UUID(), RAND(), NOW(6), RAND()), 256));

ALTER TABLE beneficiary_member ADD COLUMN record_key INT NOT NULL DEFAULT 0;
ALTER TABLE beneficiary_delta ADD COLUMN record_keys BIGINT NOT NULL DEFAULT 0;
ALTER TABLE beneficiary_cell ADD COLUMN record_keys BIGINT NOT NULL DEFAULT 0;
ALTER TABLE funnel_member ADD COLUMN record_key INT NOT NULL DEFAULT 0;
ALTER TABLE funnel_delta ADD COLUMN record_keys BIGINT NOT NULL DEFAULT 0;
ALTER TABLE funnel_cell ADD COLUMN record_keys BIGINT NOT NULL DEFAULT 0;

UPDATE beneficiary_member m JOIN statistics_secret s ON s.id = 1
SET m.record_key = CONV(LEFT(SHA2(CONCAT(s.secret, ':L:', m.learner_id), 256), 5), 16, 10);
UPDATE funnel_member m JOIN statistics_secret s ON s.id = 1
SET m.record_key = CONV(LEFT(SHA2(CONCAT(s.secret, ':C:', m.case_id), 256), 5), 16, 10);

-- the cells again from their members (nothing else writes while a migration runs)
DELETE FROM beneficiary_delta;
DELETE FROM beneficiary_cell;
INSERT INTO beneficiary_cell
    (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex, nationality,
     learners, record_keys)
SELECT school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex, nationality,
       COUNT(*), SUM(record_key)
FROM beneficiary_member
GROUP BY school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex, nationality;

DELETE FROM funnel_delta;
DELETE FROM funnel_cell;
INSERT INTO funnel_cell
    (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, cases,
     record_keys)
SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, COUNT(*),
       SUM(record_key)
FROM funnel_member
GROUP BY school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days;

DROP PROCEDURE beneficiary_enter;
DROP PROCEDURE beneficiary_leave;
DROP TRIGGER learner_statistics_update;
DROP PROCEDURE funnel_leave;
DROP PROCEDURE funnel_put;
DROP PROCEDURE funnel_years_between;

DELIMITER $$

-- a placement puts its learner in a cell
CREATE PROCEDURE beneficiary_enter(IN y BIGINT, IN l BIGINT, IN d VARCHAR(16), IN a BIGINT, IN c BIGINT,
                                   IN p VARCHAR(20), IN s VARCHAR(10), IN o VARCHAR(30), IN g INT)
BEGIN
    DECLARE k INT;
    SELECT CONV(LEFT(SHA2(CONCAT(secret, ':L:', l), 256), 5), 16, 10) INTO k FROM statistics_secret WHERE id = 1;
    INSERT INTO beneficiary_member
        (school_year_id, learner_id, directorate_code, association_id, centre_id, programme, status, outcome, age,
         sex, nationality, placements, record_key)
    SELECT y, l, d, a, c, p, s, COALESCE(o, ''), g, sex, nationality, 1, k FROM learner WHERE id = l
    ON DUPLICATE KEY UPDATE placements = placements + 1;
    -- 1: a new row, the learner was not in this cell yet (2: one more placement of a learner already counted)
    IF ROW_COUNT() = 1 THEN
        INSERT INTO beneficiary_delta
            (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
             nationality, learners, record_keys)
        SELECT y, d, a, c, p, s, COALESCE(o, ''), g, sex, nationality, 1, k FROM learner WHERE id = l;
        INSERT INTO beneficiary_learner (school_year_id, learner_id, cells) VALUES (y, l, 1)
        ON DUPLICATE KEY UPDATE cells = cells + 1;
    END IF;
END$$

-- a placement takes its learner out of a cell; the learner leaves it with the last placement that put them there
CREATE PROCEDURE beneficiary_leave(IN y BIGINT, IN l BIGINT, IN d VARCHAR(16), IN a BIGINT, IN c BIGINT,
                                   IN p VARCHAR(20), IN s VARCHAR(10), IN o VARCHAR(30), IN g INT)
BEGIN
    DECLARE remaining INT;
    UPDATE beneficiary_member SET placements = placements - 1
    WHERE school_year_id = y AND learner_id = l AND directorate_code = d AND association_id = a AND centre_id = c
      AND programme = p AND status = s AND outcome = COALESCE(o, '') AND age = g;
    SELECT placements INTO remaining FROM beneficiary_member
    WHERE school_year_id = y AND learner_id = l AND directorate_code = d AND association_id = a AND centre_id = c
      AND programme = p AND status = s AND outcome = COALESCE(o, '') AND age = g;
    IF remaining = 0 THEN
        INSERT INTO beneficiary_delta
            (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
             nationality, learners, record_keys)
        SELECT y, d, a, c, p, s, outcome, g, sex, nationality, -1, -record_key FROM beneficiary_member
        WHERE school_year_id = y AND learner_id = l AND directorate_code = d AND association_id = a
          AND centre_id = c AND programme = p AND status = s AND outcome = COALESCE(o, '') AND age = g;
        DELETE FROM beneficiary_member
        WHERE school_year_id = y AND learner_id = l AND directorate_code = d AND association_id = a
          AND centre_id = c AND programme = p AND status = s AND outcome = COALESCE(o, '') AND age = g;
        UPDATE beneficiary_learner SET cells = cells - 1 WHERE school_year_id = y AND learner_id = l;
        DELETE FROM beneficiary_learner WHERE school_year_id = y AND learner_id = l AND cells = 0;
    END IF;
END$$

-- a learner's sex or nationality corrected: every cell they are in moves
CREATE TRIGGER learner_statistics_update AFTER UPDATE ON learner FOR EACH ROW
BEGIN
    IF NOT (OLD.sex <=> NEW.sex AND OLD.nationality <=> NEW.nationality) THEN
        INSERT INTO beneficiary_delta
            (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
             nationality, learners, record_keys)
        SELECT school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
               nationality, -1, -record_key
        FROM beneficiary_member WHERE learner_id = NEW.id;
        UPDATE beneficiary_member SET sex = NEW.sex, nationality = NEW.nationality WHERE learner_id = NEW.id;
        INSERT INTO beneficiary_delta
            (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
             nationality, learners, record_keys)
        SELECT school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
               nationality, 1, record_key
        FROM beneficiary_member WHERE learner_id = NEW.id;
    END IF;
END$$

CREATE PROCEDURE funnel_leave(IN k BIGINT)
BEGIN
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, cases, record_keys)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, -1,
           -record_key
    FROM funnel_member WHERE case_id = k;
    DELETE FROM funnel_member WHERE case_id = k;
END$$

CREATE PROCEDURE funnel_put(IN k BIGINT, IN found DATE, IN d VARCHAR(16), IN campaign BIGINT, IN caravan BIGINT,
                            IN x VARCHAR(1), IN s VARCHAR(15), IN changed DATE)
BEGIN
    DECLARE was_contacted BOOLEAN;
    DECLARE was_referred BOOLEAN;
    SELECT COALESCE(MAX(to_status IN ('CONTACTED', 'REFERRED', 'ENROLLED')), 0),
           COALESCE(MAX(to_status IN ('REFERRED', 'ENROLLED')), 0)
    INTO was_contacted, was_referred
    FROM child_case_status_change WHERE case_id = k;
    CALL funnel_leave(k);
    INSERT INTO funnel_member (case_id, found_on, school_year_id, directorate_code, campaign_id, caravan_id, sex,
                               status, contacted, referred, days, record_key)
    SELECT k, found,
           COALESCE((SELECT y.id FROM school_year y WHERE found BETWEEN y.starts_on AND y.ends_on
                     ORDER BY y.starts_on LIMIT 1), 0),
           d, COALESCE(campaign, 0), COALESCE(caravan, 0), x, s, was_contacted, was_referred,
           IF(s = 'ENROLLED', DATEDIFF(changed, found), -1),
           CONV(LEFT(SHA2(CONCAT(secret, ':C:', k), 256), 5), 16, 10)
    FROM statistics_secret WHERE id = 1;
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, cases, record_keys)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, 1,
           record_key
    FROM funnel_member WHERE case_id = k;
END$$

CREATE PROCEDURE funnel_years_between(IN first DATE, IN last DATE)
BEGIN
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, cases, record_keys)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, -1,
           -record_key
    FROM funnel_member WHERE found_on BETWEEN first AND last;
    UPDATE funnel_member m SET school_year_id = COALESCE(
        (SELECT y.id FROM school_year y WHERE m.found_on BETWEEN y.starts_on AND y.ends_on
         ORDER BY y.starts_on LIMIT 1), 0)
    WHERE m.found_on BETWEEN first AND last;
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, cases, record_keys)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, 1,
           record_key
    FROM funnel_member WHERE found_on BETWEEN first AND last;
END$$

DELIMITER ;
