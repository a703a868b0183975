-- Beneficiaries counted from aggregates kept exact in the writer's own transaction (statistics/BeneficiaryCube).
-- A beneficiary of a school year is a learner with an enrolled placement in it (enrolled_on set), counted once per
-- group however many placements they have there. The finest group ("cell") is every dimension a statistic can ask
-- for: directorate, association, centre, programme, status, outcome, age at the reference date, sex, nationality.
--
--   beneficiary_member  one row per learner, year and cell they are in, with how many placements put them there:
--                       a second placement in the same cell changes no count, the last one leaving does;
--   beneficiary_learner how many cells a learner is in a year: a learner in several (a transfer, an ended and a new
--                       placement) is counted once in a coarser group holding two of them, so the read subtracts
--                       what those few learners were counted too often;
--   beneficiary_delta   +1/-1 per cell a learner enters or leaves, appended by the writer: writers never wait on a
--                       shared counter row (nor deadlock over two of them), whatever they write at once;
--   beneficiary_cell    learners per cell; the compactor (statistics/StatisticsCompactor) moves committed deltas in
--                       here in one transaction, so cells plus deltas are the exact counts at every moment.
--
-- Triggers keep them, so every writer is counted: the API, an import's bulk insert, a transfer, an erasure, SQL.
-- Nothing here holds a name; sex and nationality are what anonymisation keeps.

CREATE TABLE beneficiary_member (
    school_year_id   BIGINT      NOT NULL,
    learner_id       BIGINT      NOT NULL,
    directorate_code VARCHAR(16) NOT NULL,
    association_id   BIGINT      NOT NULL,
    centre_id        BIGINT      NOT NULL,
    programme        VARCHAR(20) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    -- '' while the placement has none (a key column cannot be null)
    outcome          VARCHAR(30) NOT NULL,
    age              INT         NOT NULL,
    sex              VARCHAR(1)  NOT NULL,
    nationality      VARCHAR(2)  NOT NULL,
    placements       INT         NOT NULL,
    PRIMARY KEY (school_year_id, learner_id, directorate_code, association_id, centre_id, programme, status, outcome, age),
    INDEX beneficiary_member_learner (learner_id)
);

CREATE TABLE beneficiary_learner (
    school_year_id BIGINT NOT NULL,
    learner_id     BIGINT NOT NULL,
    cells          INT    NOT NULL,
    PRIMARY KEY (school_year_id, learner_id),
    INDEX beneficiary_learner_in_several (school_year_id, cells)
);

CREATE TABLE beneficiary_delta (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_year_id   BIGINT      NOT NULL,
    directorate_code VARCHAR(16) NOT NULL,
    association_id   BIGINT      NOT NULL,
    centre_id        BIGINT      NOT NULL,
    programme        VARCHAR(20) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    outcome          VARCHAR(30) NOT NULL,
    age              INT         NOT NULL,
    sex              VARCHAR(1)  NOT NULL,
    nationality      VARCHAR(2)  NOT NULL,
    learners         INT         NOT NULL,
    INDEX beneficiary_delta_of (school_year_id, directorate_code)
);

CREATE TABLE beneficiary_cell (
    school_year_id   BIGINT      NOT NULL,
    directorate_code VARCHAR(16) NOT NULL,
    association_id   BIGINT      NOT NULL,
    centre_id        BIGINT      NOT NULL,
    programme        VARCHAR(20) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    outcome          VARCHAR(30) NOT NULL,
    age              INT         NOT NULL,
    sex              VARCHAR(1)  NOT NULL,
    nationality      VARCHAR(2)  NOT NULL,
    learners         BIGINT      NOT NULL,
    PRIMARY KEY (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex, nationality)
);

-- one compaction at a time across every instance (of every statistic's aggregates): the lock of this row
CREATE TABLE statistics_compaction (
    id        TINYINT NOT NULL PRIMARY KEY,
    compacted BIGINT  NOT NULL
);
INSERT INTO statistics_compaction (id, compacted) VALUES (1, 0);

-- what the placements already hold
INSERT INTO beneficiary_member
SELECT p.school_year_id, p.learner_id, p.directorate_code, p.association_id, p.centre_id, p.programme, p.status,
       COALESCE(p.outcome, ''), p.age_at_reference, l.sex, l.nationality, COUNT(*)
FROM placement p JOIN learner l ON l.id = p.learner_id
WHERE p.enrolled_on IS NOT NULL
GROUP BY p.school_year_id, p.learner_id, p.directorate_code, p.association_id, p.centre_id, p.programme, p.status,
         COALESCE(p.outcome, ''), p.age_at_reference, l.sex, l.nationality;

INSERT INTO beneficiary_learner
SELECT school_year_id, learner_id, COUNT(*) FROM beneficiary_member GROUP BY school_year_id, learner_id;

INSERT INTO beneficiary_cell
SELECT school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex, nationality,
       COUNT(*)
FROM beneficiary_member
GROUP BY school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex, nationality;

DELIMITER $$

-- a placement puts its learner in a cell
CREATE PROCEDURE beneficiary_enter(IN y BIGINT, IN l BIGINT, IN d VARCHAR(16), IN a BIGINT, IN c BIGINT,
                                   IN p VARCHAR(20), IN s VARCHAR(10), IN o VARCHAR(30), IN g INT)
BEGIN
    INSERT INTO beneficiary_member
        (school_year_id, learner_id, directorate_code, association_id, centre_id, programme, status, outcome, age,
         sex, nationality, placements)
    SELECT y, l, d, a, c, p, s, COALESCE(o, ''), g, sex, nationality, 1 FROM learner WHERE id = l
    ON DUPLICATE KEY UPDATE placements = placements + 1;
    -- 1: a new row, the learner was not in this cell yet (2: one more placement of a learner already counted)
    IF ROW_COUNT() = 1 THEN
        INSERT INTO beneficiary_delta
            (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
             nationality, learners)
        SELECT y, d, a, c, p, s, COALESCE(o, ''), g, sex, nationality, 1 FROM learner WHERE id = l;
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
             nationality, learners)
        SELECT y, d, a, c, p, s, outcome, g, sex, nationality, -1 FROM beneficiary_member
        WHERE school_year_id = y AND learner_id = l AND directorate_code = d AND association_id = a
          AND centre_id = c AND programme = p AND status = s AND outcome = COALESCE(o, '') AND age = g;
        DELETE FROM beneficiary_member
        WHERE school_year_id = y AND learner_id = l AND directorate_code = d AND association_id = a
          AND centre_id = c AND programme = p AND status = s AND outcome = COALESCE(o, '') AND age = g;
        UPDATE beneficiary_learner SET cells = cells - 1 WHERE school_year_id = y AND learner_id = l;
        DELETE FROM beneficiary_learner WHERE school_year_id = y AND learner_id = l AND cells = 0;
    END IF;
END$$

CREATE TRIGGER placement_statistics_insert AFTER INSERT ON placement FOR EACH ROW
BEGIN
    IF NEW.enrolled_on IS NOT NULL THEN
        CALL beneficiary_enter(NEW.school_year_id, NEW.learner_id, NEW.directorate_code, NEW.association_id,
                               NEW.centre_id, NEW.programme, NEW.status, NEW.outcome, NEW.age_at_reference);
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
END$$

CREATE TRIGGER placement_statistics_delete AFTER DELETE ON placement FOR EACH ROW
BEGIN
    IF OLD.enrolled_on IS NOT NULL THEN
        CALL beneficiary_leave(OLD.school_year_id, OLD.learner_id, OLD.directorate_code, OLD.association_id,
                               OLD.centre_id, OLD.programme, OLD.status, OLD.outcome, OLD.age_at_reference);
    END IF;
END$$

-- a learner's sex or nationality corrected: every cell they are in moves
CREATE TRIGGER learner_statistics_update AFTER UPDATE ON learner FOR EACH ROW
BEGIN
    IF NOT (OLD.sex <=> NEW.sex AND OLD.nationality <=> NEW.nationality) THEN
        INSERT INTO beneficiary_delta
            (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
             nationality, learners)
        SELECT school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
               nationality, -1
        FROM beneficiary_member WHERE learner_id = NEW.id;
        UPDATE beneficiary_member SET sex = NEW.sex, nationality = NEW.nationality WHERE learner_id = NEW.id;
        INSERT INTO beneficiary_delta
            (school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
             nationality, learners)
        SELECT school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,
               nationality, 1
        FROM beneficiary_member WHERE learner_id = NEW.id;
    END IF;
END$$

DELIMITER ;
