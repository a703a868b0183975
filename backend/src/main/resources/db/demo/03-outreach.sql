-- Demo data (./forsa run): the awareness campaign launched at the meeting of 16 September 2025 with the
-- three partner associations, and the community caravan that went from stop to stop in Laâyoune (Hay Al
-- Wahda among them) and El Marsa looking for children out of school. Fixed ids and INSERT IGNORE.

INSERT IGNORE INTO campaign (id, directorate_code, school_year_id, title_ar, title_fr, starts_on, ends_on, objectives, target_children, status, created_at, updated_at, version) VALUES
 (1, 'LAA', (SELECT id FROM school_year WHERE code = '2025/2026'),
  'الحملة التحسيسية والقافلة التواصلية لمحاربة الهدر المدرسي 2025-2026',
  'Campagne de sensibilisation et caravane de communication contre le décrochage scolaire 2025-2026',
  '2025-09-16', '2026-06-30',
  'البحث عن الأطفال المنقطعين عن الدراسة وغير الملتحقين بها، وتحسيس الأسر، وتسجيلهم في برامج الفرصة الثانية.',
  200, 'ACTIVE', '2025-09-16 09:00:00', '2025-09-16 12:00:00', 1);

INSERT IGNORE INTO campaign_commune (campaign_id, commune_code) VALUES
 (1, 'LAA-LAAYOUNE'), (1, 'LAA-ELMARSA'), (1, 'LAA-FOUMELOUED'), (1, 'LAA-DCHEIRA');

INSERT IGNORE INTO campaign_channel (campaign_id, channel) VALUES
 (1, 'MEETING'), (1, 'DOOR_TO_DOOR'), (1, 'RADIO'), (1, 'SOCIAL_MEDIA'), (1, 'MOSQUES'), (1, 'SCHOOLS');

INSERT IGNORE INTO campaign_association (campaign_id, association_id) VALUES (1, 1), (1, 2), (1, 3);

INSERT IGNORE INTO campaign_reach (id, campaign_id, channel, reached_on, people_reached, notes, recorded_by, recorded_at) VALUES
 (1, 1, 'MEETING', '2025-09-16', 140, 'اللقاء الإقليمي لإعطاء انطلاقة الحملة', 'demo.admin', '2025-09-16 18:00:00'),
 (2, 1, 'RADIO', '2025-09-18', 12000, 'إذاعة العيون الجهوية', 'demo.admin', '2025-09-18 18:00:00'),
 (3, 1, 'SOCIAL_MEDIA', '2025-09-19', 8600, NULL, 'demo.admin', '2025-09-19 18:00:00'),
 (4, 1, 'MOSQUES', '2025-09-19', 900, 'خطبة الجمعة', 'demo.admin', '2025-09-19 18:00:00'),
 (5, 1, 'DOOR_TO_DOOR', '2025-09-22', 310, NULL, 'demo.assoc', '2025-09-22 19:00:00'),
 (6, 1, 'DOOR_TO_DOOR', '2025-09-23', 275, NULL, 'demo.assoc', '2025-09-23 19:00:00'),
 (7, 1, 'SCHOOLS', '2025-09-25', 640, NULL, 'demo.staff', '2025-09-25 18:00:00');

INSERT IGNORE INTO caravan (id, campaign_id, directorate_code, name, starts_on, ends_on, notes, created_at, updated_at, version) VALUES
 (1, 1, 'LAA', 'القافلة التواصلية - العيون والمرسى', '2025-09-20', '2025-10-31',
  'تجوب الأحياء والدواوير للبحث عن الأطفال غير المتمدرسين وتوجيههم إلى المراكز.', '2025-09-16 12:30:00', '2025-09-16 12:30:00', 0);

INSERT IGNORE INTO caravan_member (id, caravan_id, full_name, association_id, team_role, phone) VALUES
 (1, 1, 'خديجة بنعلي', NULL, 'LEADER', '+212 661 00 10 01'),
 (2, 1, 'يوسف الحسني', 3, 'SOCIAL_WORKER', '+212 662 00 10 02'),
 (3, 1, 'مريم الصالحي', 1, 'FACILITATOR', NULL),
 (4, 1, 'عبد الله الفاسي', 2, 'VOLUNTEER', NULL),
 (5, 1, 'إبراهيم الداودي', NULL, 'DRIVER', NULL);

INSERT IGNORE INTO caravan_stop (id, caravan_id, directorate_code, visit_on, commune_code, place, latitude, longitude, status, households_visited, people_reached, notes, created_at, updated_at, version) VALUES
 (1, 1, 'LAA', '2025-09-22', 'LAA-LAAYOUNE', 'حي الوحدة', 27.141500, -13.188300, 'DONE', 64, 310, 'استقبال جيد من الأسر؛ عدة أطفال منقطعين منذ سنتين.', '2025-09-20 08:00:00', '2025-09-22 19:00:00', 1),
 (2, 1, 'LAA', '2025-09-23', 'LAA-LAAYOUNE', 'حي القدس', 27.150200, -13.205100, 'DONE', 51, 275, NULL, '2025-09-20 08:00:00', '2025-09-23 19:00:00', 1),
 (3, 1, 'LAA', '2025-09-25', 'LAA-ELMARSA', 'المرسى - الحي البحري', 27.097800, -13.408600, 'DONE', 38, 190, 'أبناء البحارة: انقطاع بعد الابتدائي.', '2025-09-20 08:00:00', '2025-09-25 19:00:00', 1),
 (4, 1, 'LAA', '2025-09-27', 'LAA-FOUMELOUED', 'فم الواد - المركز', NULL, NULL, 'CANCELLED', NULL, NULL, 'ألغيت بسبب الرياح الرملية؛ أعيدت برمجتها.', '2025-09-20 08:00:00', '2025-09-27 07:00:00', 1),
 (5, 1, 'LAA', '2025-10-04', 'LAA-FOUMELOUED', 'فم الواد - المركز', NULL, NULL, 'DONE', 22, 96, NULL, '2025-09-27 08:00:00', '2025-10-04 18:00:00', 1),
 (6, 1, 'LAA', '2025-10-11', 'LAA-DCHEIRA', 'الدشيرة', NULL, NULL, 'DONE', 19, 84, NULL, '2025-09-20 08:00:00', '2025-10-11 18:00:00', 1),
 (7, 1, 'LAA', '2025-10-25', 'LAA-LAAYOUNE', 'حي خط الرملة', NULL, NULL, 'PLANNED', NULL, NULL, NULL, '2025-09-20 08:00:00', '2025-09-20 08:00:00', 0);

-- The children the caravan found (names made up): 26 still on their way, at every step of the follow-up,
-- and 12 enrolled, each the very learner already counted among the 187 of 2025/2026 (Hay Al Wahda and
-- El Marsa), so the programme's figures do not change. DemoData computes the name keys.
INSERT IGNORE INTO child_case (id, directorate_code, association_id, campaign_id, caravan_id, stop_id, found_by_member_id,
 first_name_ar, last_name_ar, name_key, sex, birth_date, estimated_age, approx_birth_date, guardian_name, guardian_relation,
 guardian_phone, commune_code, last_grade_completed, year_left_school, dropout_reason, share_consent, status, status_changed_on,
 referred_association_id, referred_centre_id, found_on, recorded_by, created_at, updated_at, version)
SELECT seq, 'LAA', ELT(1 + seq % 3, NULL, 3, 1), 1, 1, ELT(1 + seq % 5, 1, 2, 3, 5, 6), ELT(1 + seq % 3, 1, 2, 3),
       IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 8, 'رقية', 'حفصة', 'سكينة', 'لبنى', 'إيمان', 'كوثر', 'منى', 'حليمة'),
                       ELT(1 + (seq DIV 2) % 8, 'إبراهيم', 'إسماعيل', 'حمزة', 'بلال', 'عثمان', 'أنس', 'سيدي', 'الحسين')),
       ELT(1 + (seq * 5) % 9, 'أهل الشيخ', 'الطالبي', 'بنعمر', 'الخليل', 'الداودي', 'الحسناوي', 'الزروالي', 'الكوري', 'البشير'),
       '', IF(seq % 2 = 0, 'F', 'M'),
       IF(seq % 3 = 0, NULL, IF(seq >= 24, DATE_ADD('2005-02-10', INTERVAL seq * 11 DAY), DATE_ADD('2008-01-15', INTERVAL (seq * 97) % 2900 DAY))),
       IF(seq % 3 = 0, IF(seq >= 24, 20, 9 + seq % 7), NULL),
       IF(seq % 3 = 0, DATE_SUB(ELT(1 + seq % 5, '2025-09-22', '2025-09-23', '2025-09-25', '2025-10-04', '2025-10-11'), INTERVAL IF(seq >= 24, 20, 9 + seq % 7) YEAR),
                       IF(seq >= 24, DATE_ADD('2005-02-10', INTERVAL seq * 11 DAY), DATE_ADD('2008-01-15', INTERVAL (seq * 97) % 2900 DAY))),
       CONCAT(IF(seq % 2 = 0, 'الأم ', 'الأب '), ELT(1 + (seq * 5) % 9, 'أهل الشيخ', 'الطالبي', 'بنعمر', 'الخليل', 'الداودي', 'الحسناوي', 'الزروالي', 'الكوري', 'البشير')),
       IF(seq % 2 = 0, 'MOTHER', 'FATHER'),
       IF(seq % 4 = 0, NULL, CONCAT('+212 66', seq % 10, ' ', LPAD(seq * 37 % 100, 2, '0'), ' 20 ', LPAD(seq, 2, '0'))),
       ELT(1 + seq % 5, 'LAA-LAAYOUNE', 'LAA-LAAYOUNE', 'LAA-ELMARSA', 'LAA-FOUMELOUED', 'LAA-DCHEIRA'),
       ELT(1 + seq % 6, 'P3', 'P4', 'P5', 'P6', 'C1', 'NONE'), 2021 + seq % 4,
       ELT(1 + seq % 6, 'ECONOMIC', 'DISTANCE', 'FAMILY', 'CHILD_LABOUR', 'ACADEMIC_FAILURE', 'NEVER_ENROLLED'),
       seq % 2 = 1,
       CASE WHEN seq <= 6 THEN 'IDENTIFIED' WHEN seq <= 12 THEN 'CONTACTED' WHEN seq <= 17 THEN 'REFERRED'
            WHEN seq <= 20 THEN 'DECLINED' WHEN seq <= 23 THEN 'UNREACHABLE' ELSE 'NOT_ELIGIBLE' END,
       IF(seq <= 6, ELT(1 + seq % 5, '2025-09-22', '2025-09-23', '2025-09-25', '2025-10-04', '2025-10-11'), DATE_ADD('2025-10-13', INTERVAL seq DAY)),
       IF(seq BETWEEN 13 AND 17, 3, NULL), IF(seq BETWEEN 13 AND 17, 2, NULL),
       ELT(1 + seq % 5, '2025-09-22', '2025-09-23', '2025-09-25', '2025-10-04', '2025-10-11'),
       'demo.assoc', '2025-10-12 18:00:00', '2025-10-13 18:00:00', 0
FROM seq_1_to_26;

INSERT IGNORE INTO child_case (id, directorate_code, association_id, campaign_id, caravan_id, stop_id, found_by_member_id,
 first_name_ar, last_name_ar, first_name_latin, last_name_latin, name_key, sex, birth_date, approx_birth_date, massar_code,
 guardian_name, guardian_relation, guardian_phone, commune_code, last_grade_completed, year_left_school, dropout_reason,
 share_consent, status, status_changed_on, referred_association_id, referred_centre_id, learner_id, found_on, recorded_by,
 created_at, updated_at, version)
SELECT 100 + IF(l.id < 2100, l.id - 2050, l.id - 2101), 'LAA', l.association_id, 1, 1, IF(l.id < 2100, 1, 3), IF(l.id < 2100, 2, 3),
       l.first_name_ar, l.last_name_ar, l.first_name_latin, l.last_name_latin, '', l.sex, l.birth_date, l.birth_date, l.massar_code,
       l.guardian_name, l.guardian_relation, l.guardian_phone, l.commune_code, l.last_grade_completed, l.year_left_school, l.dropout_reason,
       TRUE, 'ENROLLED', '2025-10-01', l.association_id, IF(l.id < 2100, 2, 3), l.id, IF(l.id < 2100, '2025-09-22', '2025-09-25'),
       'demo.assoc', '2025-09-25 18:00:00', '2025-10-01 10:00:00', 0
FROM learner l WHERE l.id BETWEEN 2051 AND 2056 OR l.id BETWEEN 2108 AND 2113;

-- Every step of each case: found, then contacted, referred and where it stands now.
INSERT IGNORE INTO child_case_status_change (id, case_id, from_status, to_status, changed_on, changed_at, changed_by, reason)
SELECT id * 10, id, NULL, 'IDENTIFIED', found_on, CONCAT(found_on, ' 18:00:00'), 'demo.assoc', NULL FROM child_case WHERE id <= 112;
INSERT IGNORE INTO child_case_status_change (id, case_id, from_status, to_status, changed_on, changed_at, changed_by, reason)
SELECT id * 10 + 1, id, 'IDENTIFIED', 'CONTACTED', DATE_ADD(found_on, INTERVAL 2 DAY), CONCAT(DATE_ADD(found_on, INTERVAL 2 DAY), ' 11:00:00'), 'demo.assoc', NULL
FROM child_case WHERE id <= 112 AND status IN ('CONTACTED', 'REFERRED', 'ENROLLED');
INSERT IGNORE INTO child_case_status_change (id, case_id, from_status, to_status, changed_on, changed_at, changed_by, reason)
SELECT id * 10 + 2, id, 'CONTACTED', 'REFERRED', DATE_ADD(found_on, INTERVAL 4 DAY), CONCAT(DATE_ADD(found_on, INTERVAL 4 DAY), ' 11:00:00'), 'demo.staff', NULL
FROM child_case WHERE id <= 112 AND status IN ('REFERRED', 'ENROLLED');
INSERT IGNORE INTO child_case_status_change (id, case_id, from_status, to_status, changed_on, changed_at, changed_by, reason)
SELECT id * 10 + 3, id, 'REFERRED', 'ENROLLED', status_changed_on, CONCAT(status_changed_on, ' 10:00:00'), 'demo.staff', NULL
FROM child_case WHERE id <= 112 AND status = 'ENROLLED';
INSERT IGNORE INTO child_case_status_change (id, case_id, from_status, to_status, changed_on, changed_at, changed_by, reason)
SELECT id * 10 + 3, id, 'IDENTIFIED', status, status_changed_on, CONCAT(status_changed_on, ' 10:00:00'), 'demo.assoc',
       CASE status WHEN 'DECLINED' THEN 'الأسرة تفضل أن يشتغل الطفل مع أبيه في الصيد'
                   WHEN 'UNREACHABLE' THEN 'الهاتف لا يجيب؛ الأسرة انتقلت من الحي'
                   ELSE 'تجاوز السن المطلوب للبرنامجين' END
FROM child_case WHERE id <= 26 AND status IN ('DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE');

INSERT IGNORE INTO child_case_note (id, case_id, noted_on, text, written_by, written_at) VALUES
 (1, 7, '2025-10-02', 'اتصال هاتفي مع الأم: توافق على لقاء في مركز حي الوحدة.', 'demo.assoc', '2025-10-02 11:00:00'),
 (2, 8, '2025-10-03', 'زيارة منزلية؛ الطفل يساعد أباه في الورشة صباحا.', 'demo.assoc', '2025-10-03 17:00:00'),
 (3, 13, '2025-10-05', 'وُجّه إلى مركز حي الوحدة؛ ينتظر موعد التقييم التربوي.', 'demo.staff', '2025-10-05 10:00:00'),
 (4, 101, '2025-09-24', 'الأسرة متحمسة؛ أحضرت الوثائق.', 'demo.assoc', '2025-09-24 12:00:00');
