-- The outreach funnel counted from aggregates kept exact in the writer's transaction (statistics/FunnelCube), as the
-- beneficiaries are (V23). An identified child is in exactly one cell at a time, so cells add up without correction:
--
--   funnel_member  one row per case: the school year it was found in (0: none), its directorate, campaign and
--                  caravan (0: none), sex, status now, whether it was ever contacted or referred (its history), and
--                  the days from identification to enrolment (-1 unless enrolled: the median comes from these);
--   funnel_delta   -1 for the cell a case leaves, +1 for the one it enters, appended by the writer;
--   funnel_cell    cases per cell, the committed deltas folded in by the compactor (statistics/StatisticsCompactor).
--
-- A case's cell is worked out again whenever the case, its history or a school year's dates change. Nothing here
-- holds a name.

CREATE TABLE funnel_member (
    case_id          BIGINT      NOT NULL PRIMARY KEY,
    found_on         DATE        NOT NULL,
    school_year_id   BIGINT      NOT NULL,
    directorate_code VARCHAR(16) NOT NULL,
    campaign_id      BIGINT      NOT NULL,
    caravan_id       BIGINT      NOT NULL,
    sex              VARCHAR(1)  NOT NULL,
    status           VARCHAR(15) NOT NULL,
    contacted        BOOLEAN     NOT NULL,
    referred         BOOLEAN     NOT NULL,
    days             INT         NOT NULL,
    INDEX funnel_member_found (found_on)
);

CREATE TABLE funnel_delta (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_year_id   BIGINT      NOT NULL,
    directorate_code VARCHAR(16) NOT NULL,
    campaign_id      BIGINT      NOT NULL,
    caravan_id       BIGINT      NOT NULL,
    sex              VARCHAR(1)  NOT NULL,
    status           VARCHAR(15) NOT NULL,
    contacted        BOOLEAN     NOT NULL,
    referred         BOOLEAN     NOT NULL,
    days             INT         NOT NULL,
    cases            INT         NOT NULL,
    INDEX funnel_delta_of (school_year_id, directorate_code)
);

CREATE TABLE funnel_cell (
    school_year_id   BIGINT      NOT NULL,
    directorate_code VARCHAR(16) NOT NULL,
    campaign_id      BIGINT      NOT NULL,
    caravan_id       BIGINT      NOT NULL,
    sex              VARCHAR(1)  NOT NULL,
    status           VARCHAR(15) NOT NULL,
    contacted        BOOLEAN     NOT NULL,
    referred         BOOLEAN     NOT NULL,
    days             INT         NOT NULL,
    cases            BIGINT      NOT NULL,
    PRIMARY KEY (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days)
);

-- what the cases already hold
INSERT INTO funnel_member
SELECT c.id, c.found_on,
       COALESCE((SELECT y.id FROM school_year y WHERE c.found_on BETWEEN y.starts_on AND y.ends_on
                 ORDER BY y.starts_on LIMIT 1), 0),
       c.directorate_code, COALESCE(c.campaign_id, 0), COALESCE(c.caravan_id, 0), c.sex, c.status,
       COALESCE(h.contacted, 0), COALESCE(h.referred, 0),
       IF(c.status = 'ENROLLED', DATEDIFF(c.status_changed_on, c.found_on), -1)
FROM child_case c
LEFT JOIN (SELECT case_id, MAX(to_status IN ('CONTACTED', 'REFERRED', 'ENROLLED')) AS contacted,
                  MAX(to_status IN ('REFERRED', 'ENROLLED')) AS referred
           FROM child_case_status_change GROUP BY case_id) h ON h.case_id = c.id;

INSERT INTO funnel_cell
SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, COUNT(*)
FROM funnel_member
GROUP BY school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days;

DELIMITER $$

-- the case leaves its cell
CREATE PROCEDURE funnel_leave(IN k BIGINT)
BEGIN
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, cases)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, -1
    FROM funnel_member WHERE case_id = k;
    DELETE FROM funnel_member WHERE case_id = k;
END$$

-- the case (as it is now) enters its cell, having left the one it was in
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
                               status, contacted, referred, days)
    VALUES (k, found,
            COALESCE((SELECT y.id FROM school_year y WHERE found BETWEEN y.starts_on AND y.ends_on
                      ORDER BY y.starts_on LIMIT 1), 0),
            d, COALESCE(campaign, 0), COALESCE(caravan, 0), x, s, was_contacted, was_referred,
            IF(s = 'ENROLLED', DATEDIFF(changed, found), -1));
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, cases)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, 1
    FROM funnel_member WHERE case_id = k;
END$$

CREATE TRIGGER child_case_statistics_insert AFTER INSERT ON child_case FOR EACH ROW
BEGIN
    CALL funnel_put(NEW.id, NEW.found_on, NEW.directorate_code, NEW.campaign_id, NEW.caravan_id, NEW.sex,
                    NEW.status, NEW.status_changed_on);
END$$

CREATE TRIGGER child_case_statistics_update AFTER UPDATE ON child_case FOR EACH ROW
BEGIN
    -- most updates (a name, a phone, a note) leave the cell as it was
    IF NOT (OLD.found_on <=> NEW.found_on AND OLD.directorate_code <=> NEW.directorate_code
            AND OLD.campaign_id <=> NEW.campaign_id AND OLD.caravan_id <=> NEW.caravan_id AND OLD.sex <=> NEW.sex
            AND OLD.status <=> NEW.status AND OLD.status_changed_on <=> NEW.status_changed_on) THEN
        CALL funnel_put(NEW.id, NEW.found_on, NEW.directorate_code, NEW.campaign_id, NEW.caravan_id, NEW.sex,
                        NEW.status, NEW.status_changed_on);
    END IF;
END$$

CREATE TRIGGER child_case_statistics_delete AFTER DELETE ON child_case FOR EACH ROW
BEGIN
    CALL funnel_leave(OLD.id);
END$$

-- a step in a case's history: whether it was ever contacted or referred may change
CREATE TRIGGER child_case_status_change_statistics_insert AFTER INSERT ON child_case_status_change FOR EACH ROW
BEGIN
    DECLARE found DATE;
    DECLARE d VARCHAR(16);
    DECLARE campaign BIGINT;
    DECLARE caravan BIGINT;
    DECLARE x VARCHAR(1);
    DECLARE s VARCHAR(15);
    DECLARE changed DATE;
    SELECT found_on, directorate_code, campaign_id, caravan_id, sex, status, status_changed_on
    INTO found, d, campaign, caravan, x, s, changed
    FROM child_case WHERE id = NEW.case_id;
    CALL funnel_put(NEW.case_id, found, d, campaign, caravan, x, s, changed);
END$$

-- a school year made or its dates changed: the cases found in its days (before and after) are in the year again
CREATE PROCEDURE funnel_years_between(IN first DATE, IN last DATE)
BEGIN
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, cases)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, -1
    FROM funnel_member WHERE found_on BETWEEN first AND last;
    UPDATE funnel_member m SET school_year_id = COALESCE(
        (SELECT y.id FROM school_year y WHERE m.found_on BETWEEN y.starts_on AND y.ends_on
         ORDER BY y.starts_on LIMIT 1), 0)
    WHERE m.found_on BETWEEN first AND last;
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, cases)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, 1
    FROM funnel_member WHERE found_on BETWEEN first AND last;
END$$

CREATE TRIGGER school_year_statistics_insert AFTER INSERT ON school_year FOR EACH ROW
BEGIN
    CALL funnel_years_between(NEW.starts_on, NEW.ends_on);
END$$

CREATE TRIGGER school_year_statistics_update AFTER UPDATE ON school_year FOR EACH ROW
BEGIN
    IF NOT (OLD.starts_on <=> NEW.starts_on AND OLD.ends_on <=> NEW.ends_on) THEN
        CALL funnel_years_between(LEAST(OLD.starts_on, NEW.starts_on), GREATEST(OLD.ends_on, NEW.ends_on));
    END IF;
END$$

CREATE TRIGGER school_year_statistics_delete AFTER DELETE ON school_year FOR EACH ROW
BEGIN
    CALL funnel_years_between(OLD.starts_on, OLD.ends_on);
END$$

DELIMITER ;
