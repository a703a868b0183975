-- The outreach funnel by the dimensions every statistic has (statistics/FunnelDimension): beside its directorate,
-- campaign, caravan and sex, each case's cell now has
--   association_id the association that found the child (0: the directorate's own team),
--   centre_id      the centre it was referred to (0: none yet),
--   programme      that centre's programme ('' : none yet),
--   age            whole years at the school year's reference date, from the birth date or the one the estimated
--                  age gives (-1: found outside every school year).
-- Cases have no nationality: the funnel cannot be counted by it. The member keeps the birth date, so that a school
-- year whose reference date moves gives its cases their age again.

ALTER TABLE funnel_member
    ADD COLUMN association_id BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN centre_id      BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN programme      VARCHAR(20) NOT NULL DEFAULT '',
    ADD COLUMN age            INT         NOT NULL DEFAULT -1,
    ADD COLUMN born_on        DATE        NULL;
ALTER TABLE funnel_delta
    ADD COLUMN association_id BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN centre_id      BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN programme      VARCHAR(20) NOT NULL DEFAULT '',
    ADD COLUMN age            INT         NOT NULL DEFAULT -1;
ALTER TABLE funnel_cell
    ADD COLUMN association_id BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN centre_id      BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN programme      VARCHAR(20) NOT NULL DEFAULT '',
    ADD COLUMN age            INT         NOT NULL DEFAULT -1,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days,
                     association_id, centre_id, programme, age);

-- what the cases already hold (nothing else writes while a migration runs)
UPDATE funnel_member m
JOIN child_case c ON c.id = m.case_id
LEFT JOIN centre r ON r.id = c.referred_centre_id
LEFT JOIN school_year y ON y.id = m.school_year_id
SET m.association_id = COALESCE(c.association_id, 0),
    m.centre_id = COALESCE(c.referred_centre_id, 0),
    m.programme = COALESCE(r.type, ''),
    m.born_on = c.approx_birth_date,
    m.age = COALESCE(TIMESTAMPDIFF(YEAR, c.approx_birth_date, y.age_reference_date), -1);

DELETE FROM funnel_delta;
DELETE FROM funnel_cell;
INSERT INTO funnel_cell
    (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days, association_id,
     centre_id, programme, age, cases, record_keys)
SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days,
       association_id, centre_id, programme, age, COUNT(*), SUM(record_key)
FROM funnel_member
GROUP BY school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days,
         association_id, centre_id, programme, age;

DROP PROCEDURE funnel_leave;
DROP PROCEDURE funnel_put;
DROP PROCEDURE funnel_years_between;
DROP TRIGGER child_case_statistics_insert;
DROP TRIGGER child_case_statistics_update;
DROP TRIGGER child_case_status_change_statistics_insert;
DROP TRIGGER school_year_statistics_update;

DELIMITER $$

CREATE PROCEDURE funnel_leave(IN k BIGINT)
BEGIN
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, association_id, centre_id, programme, age, cases, record_keys)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days,
           association_id, centre_id, programme, age, -1, -record_key
    FROM funnel_member WHERE case_id = k;
    DELETE FROM funnel_member WHERE case_id = k;
END$$

CREATE PROCEDURE funnel_put(IN k BIGINT, IN found DATE, IN d VARCHAR(16), IN campaign BIGINT, IN caravan BIGINT,
                            IN x VARCHAR(1), IN s VARCHAR(15), IN changed DATE, IN association BIGINT,
                            IN referred_to BIGINT, IN born DATE)
BEGIN
    DECLARE was_contacted BOOLEAN;
    DECLARE was_referred BOOLEAN;
    DECLARE y BIGINT;
    DECLARE reference DATE;
    SELECT COALESCE(MAX(to_status IN ('CONTACTED', 'REFERRED', 'ENROLLED')), 0),
           COALESCE(MAX(to_status IN ('REFERRED', 'ENROLLED')), 0)
    INTO was_contacted, was_referred
    FROM child_case_status_change WHERE case_id = k;
    SELECT id, age_reference_date INTO y, reference FROM school_year
    WHERE found BETWEEN starts_on AND ends_on ORDER BY starts_on LIMIT 1;
    CALL funnel_leave(k);
    INSERT INTO funnel_member (case_id, found_on, school_year_id, directorate_code, campaign_id, caravan_id, sex,
                               status, contacted, referred, days, record_key, association_id, centre_id, programme,
                               age, born_on)
    SELECT k, found, COALESCE(y, 0), d, COALESCE(campaign, 0), COALESCE(caravan, 0), x, s, was_contacted,
           was_referred, IF(s = 'ENROLLED', DATEDIFF(changed, found), -1),
           CONV(LEFT(SHA2(CONCAT(secret, ':C:', k), 256), 5), 16, 10),
           COALESCE(association, 0), COALESCE(referred_to, 0),
           COALESCE((SELECT type FROM centre WHERE id = referred_to), ''),
           COALESCE(TIMESTAMPDIFF(YEAR, born, reference), -1), born
    FROM statistics_secret WHERE id = 1;
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, association_id, centre_id, programme, age, cases, record_keys)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days,
           association_id, centre_id, programme, age, 1, record_key
    FROM funnel_member WHERE case_id = k;
END$$

CREATE TRIGGER child_case_statistics_insert AFTER INSERT ON child_case FOR EACH ROW
BEGIN
    CALL funnel_put(NEW.id, NEW.found_on, NEW.directorate_code, NEW.campaign_id, NEW.caravan_id, NEW.sex,
                    NEW.status, NEW.status_changed_on, NEW.association_id, NEW.referred_centre_id,
                    NEW.approx_birth_date);
END$$

CREATE TRIGGER child_case_statistics_update AFTER UPDATE ON child_case FOR EACH ROW
BEGIN
    -- most updates (a name, a phone, a note) leave the cell as it was
    IF NOT (OLD.found_on <=> NEW.found_on AND OLD.directorate_code <=> NEW.directorate_code
            AND OLD.campaign_id <=> NEW.campaign_id AND OLD.caravan_id <=> NEW.caravan_id AND OLD.sex <=> NEW.sex
            AND OLD.status <=> NEW.status AND OLD.status_changed_on <=> NEW.status_changed_on
            AND OLD.association_id <=> NEW.association_id AND OLD.referred_centre_id <=> NEW.referred_centre_id
            AND OLD.approx_birth_date <=> NEW.approx_birth_date) THEN
        CALL funnel_put(NEW.id, NEW.found_on, NEW.directorate_code, NEW.campaign_id, NEW.caravan_id, NEW.sex,
                        NEW.status, NEW.status_changed_on, NEW.association_id, NEW.referred_centre_id,
                        NEW.approx_birth_date);
    END IF;
END$$

CREATE TRIGGER child_case_status_change_statistics_insert AFTER INSERT ON child_case_status_change FOR EACH ROW
BEGIN
    DECLARE found DATE;
    DECLARE d VARCHAR(16);
    DECLARE campaign BIGINT;
    DECLARE caravan BIGINT;
    DECLARE x VARCHAR(1);
    DECLARE s VARCHAR(15);
    DECLARE changed DATE;
    DECLARE association BIGINT;
    DECLARE referred_to BIGINT;
    DECLARE born DATE;
    SELECT found_on, directorate_code, campaign_id, caravan_id, sex, status, status_changed_on, association_id,
           referred_centre_id, approx_birth_date
    INTO found, d, campaign, caravan, x, s, changed, association, referred_to, born
    FROM child_case WHERE id = NEW.case_id;
    CALL funnel_put(NEW.case_id, found, d, campaign, caravan, x, s, changed, association, referred_to, born);
END$$

-- a school year's dates or reference date changed: its cases (and those it takes or gives) get their year and age
CREATE PROCEDURE funnel_years_between(IN first DATE, IN last DATE)
BEGIN
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, association_id, centre_id, programme, age, cases, record_keys)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days,
           association_id, centre_id, programme, age, -1, -record_key
    FROM funnel_member WHERE found_on BETWEEN first AND last;
    UPDATE funnel_member m SET school_year_id = COALESCE(
        (SELECT y.id FROM school_year y WHERE m.found_on BETWEEN y.starts_on AND y.ends_on
         ORDER BY y.starts_on LIMIT 1), 0)
    WHERE m.found_on BETWEEN first AND last;
    UPDATE funnel_member m LEFT JOIN school_year y ON y.id = m.school_year_id
    SET m.age = COALESCE(TIMESTAMPDIFF(YEAR, m.born_on, y.age_reference_date), -1)
    WHERE m.found_on BETWEEN first AND last;
    INSERT INTO funnel_delta (school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted,
                              referred, days, association_id, centre_id, programme, age, cases, record_keys)
    SELECT school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days,
           association_id, centre_id, programme, age, 1, record_key
    FROM funnel_member WHERE found_on BETWEEN first AND last;
END$$

CREATE TRIGGER school_year_statistics_update AFTER UPDATE ON school_year FOR EACH ROW
BEGIN
    IF NOT (OLD.starts_on <=> NEW.starts_on AND OLD.ends_on <=> NEW.ends_on
            AND OLD.age_reference_date <=> NEW.age_reference_date) THEN
        CALL funnel_years_between(LEAST(OLD.starts_on, NEW.starts_on), GREATEST(OLD.ends_on, NEW.ends_on));
    END IF;
END$$

DELIMITER ;
