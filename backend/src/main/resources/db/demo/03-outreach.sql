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
