-- Demo data (./forsa run): the remedial schooling programme of the directorate of Laâyoune as
-- announced on 16 September 2025. E2C_NG beneficiaries of the directorate: 88 in 2024/2025 and
-- 187 in 2025/2026, with the two new centres of Hay Al Wahda (Laâyoune) and El Marsa.
-- Fixed ids and INSERT IGNORE: loading it again changes nothing. The
-- names are made up; DemoData computes their search keys with the application's NameKey.

INSERT IGNORE INTO centre (id, directorate_code, association_id, name_ar, name_fr, type, commune_code, address, capacity, class_cap, opened_on, active, created_at, updated_at, version) VALUES
 (1, 'LAA', 2, 'مركز الفرصة الثانية الجيل الجديد - العيون', 'Centre E2C nouvelle génération Laâyoune', 'E2C_NG', 'LAA-LAAYOUNE', 'شارع السمارة، العيون', 100, 20, '2023-10-02', TRUE, '2023-09-15 09:00:00', '2023-09-15 09:00:00', 0),
 (2, 'LAA', 3, 'مركز الفرصة الثانية الجيل الجديد - حي الوحدة', 'Centre E2C nouvelle génération Hay Al Wahda', 'E2C_NG', 'LAA-LAAYOUNE', 'حي الوحدة، العيون', 60, 20, '2025-10-01', TRUE, '2025-09-16 09:00:00', '2025-09-16 09:00:00', 0),
 (3, 'LAA', 1, 'مركز الفرصة الثانية الجيل الجديد - المرسى', 'Centre E2C nouvelle génération El Marsa', 'E2C_NG', 'LAA-ELMARSA', 'المرسى', 40, 20, '2025-10-01', TRUE, '2025-09-16 09:00:00', '2025-09-16 09:00:00', 0),
 (4, 'LAA', 1, 'قسم التربية غير النظامية - الدشيرة', 'Classe ENF Dcheira', 'NFE_BASIC', 'LAA-DCHEIRA', 'مدرسة الدشيرة الابتدائية', 40, 20, '2022-10-03', TRUE, '2022-09-20 09:00:00', '2022-09-20 09:00:00', 0),
 (5, 'LAA', 2, 'قسم التربية غير النظامية - فم الواد', 'Classe ENF Foum El Oued', 'NFE_BASIC', 'LAA-FOUMELOUED', 'فم الواد', 25, 20, '2024-10-07', TRUE, '2024-09-20 09:00:00', '2024-09-20 09:00:00', 0);

INSERT IGNORE INTO centre_strand (centre_id, strand) VALUES
 (1, 'EDUCATIONAL_UPGRADING'), (1, 'TRADES_INTRODUCTION'), (1, 'ACCOMPANIMENT'),
 (2, 'EDUCATIONAL_UPGRADING'), (2, 'TRADES_INTRODUCTION'), (2, 'ACCOMPANIMENT'),
 (3, 'EDUCATIONAL_UPGRADING'), (3, 'ACCOMPANIMENT');

INSERT IGNORE INTO centre_trade (centre_id, trade) VALUES
 (1, 'الكهرباء'), (1, 'المعلوميات'), (2, 'الحلاقة والتجميل'), (2, 'المعلوميات');

INSERT IGNORE INTO agreement (id, directorate_code, association_id, reference, status, signed_on, starts_on, ends_on, budget_mad, created_at, updated_at, version) VALUES
 (1, 'LAA', 2, 'DP-LAA/2024-2025/02', 'CLOSED', '2024-09-17', '2024-09-17', '2025-07-31', 120000.00, '2024-09-10 09:00:00', '2025-07-31 16:00:00', 0),
 (2, 'LAA', 1, 'DP-LAA/2025-2026/01', 'ACTIVE', '2025-09-16', '2025-09-16', '2026-07-31', 150000.00, '2025-09-10 09:00:00', '2025-09-16 12:00:00', 0),
 (3, 'LAA', 2, 'DP-LAA/2025-2026/02', 'ACTIVE', '2025-09-16', '2025-09-16', '2026-07-31', 180000.00, '2025-09-10 09:00:00', '2025-09-16 12:00:00', 0),
 (4, 'LAA', 3, 'DP-LAA/2025-2026/03', 'ACTIVE', '2025-09-16', '2025-09-16', '2026-07-31', 110000.00, '2025-09-10 09:00:00', '2025-09-16 12:00:00', 0);

INSERT IGNORE INTO agreement_school_year (agreement_id, school_year_id) VALUES
 (1, (SELECT id FROM school_year WHERE code = '2024/2025')), (2, (SELECT id FROM school_year WHERE code = '2025/2026')), (3, (SELECT id FROM school_year WHERE code = '2025/2026')), (4, (SELECT id FROM school_year WHERE code = '2025/2026'));

INSERT IGNORE INTO agreement_programme (agreement_id, programme, target_beneficiaries) VALUES
 (1, 'E2C_NG', 90), (2, 'E2C_NG', 40), (2, 'NFE_BASIC', 40), (2, 'AT_RISK_SUPPORT', 60),
 (3, 'E2C_NG', 90), (3, 'NFE_BASIC', 25), (3, 'AWARENESS', 0), (4, 'E2C_NG', 60), (4, 'AT_RISK_SUPPORT', 40);

INSERT IGNORE INTO agreement_tranche (agreement_id, seq, amount_mad, due_on, paid_on) VALUES
 (1, 0, 72000.00, '2024-10-15', '2024-10-21'), (1, 1, 48000.00, '2025-02-15', '2025-03-02'),
 (2, 0, 90000.00, '2025-10-15', '2025-10-20'), (2, 1, 60000.00, '2026-02-15', NULL),
 (3, 0, 108000.00, '2025-10-15', '2025-10-20'), (3, 1, 72000.00, '2026-02-15', NULL),
 (4, 0, 66000.00, '2025-10-15', '2025-10-27'), (4, 1, 44000.00, '2026-02-15', NULL);

INSERT IGNORE INTO agreement_centre (agreement_id, centre_id) VALUES
 (1, 1), (1, 5), (2, 3), (2, 4), (3, 1), (3, 5), (4, 2);

INSERT IGNORE INTO agreement_document (agreement_id, file_name, size_bytes, sha256, content, uploaded_at, uploaded_by)
SELECT id, CONCAT('agreement-', REPLACE(reference, '/', '-'), '.pdf'), 193, 'e5a636ac00ea3c175d3193c5d05df60ded156dd466043c70d254507ec277e4c2', X'255044462D312E340A312030206F626A3C3C2F547970652F436174616C6F672F50616765732032203020523E3E656E646F626A0A322030206F626A3C3C2F547970652F50616765732F4B6964735B33203020525D2F436F756E7420313E3E656E646F626A0A332030206F626A3C3C2F547970652F506167652F506172656E742032203020522F4D65646961426F785B30203020353935203834325D3E3E656E646F626A0A747261696C65723C3C2F526F6F742031203020523E3E0A2525454F460A', signed_on, 'staff.laayoune'
FROM agreement WHERE id BETWEEN 1 AND 4;

INSERT IGNORE INTO agreement_status_change (id, agreement_id, from_status, to_status, changed_at, changed_by, reason) VALUES
 (1, 1, NULL, 'DRAFT', '2024-09-10 09:00:00', 'staff.laayoune', NULL),
 (2, 1, 'DRAFT', 'SIGNED', '2024-09-17 11:00:00', 'staff.laayoune', NULL),
 (3, 1, 'SIGNED', 'ACTIVE', '2024-09-17 11:05:00', 'staff.laayoune', NULL),
 (4, 1, 'ACTIVE', 'CLOSED', '2025-07-31 16:00:00', 'admin.laayoune', 'نهاية الموسم الدراسي 2024/2025'),
 (5, 2, NULL, 'DRAFT', '2025-09-10 09:00:00', 'staff.laayoune', NULL),
 (6, 2, 'DRAFT', 'SIGNED', '2025-09-16 11:00:00', 'staff.laayoune', 'توقيع عقود الشراكة بالمديرية الإقليمية'),
 (7, 2, 'SIGNED', 'ACTIVE', '2025-09-16 12:00:00', 'staff.laayoune', NULL),
 (8, 3, NULL, 'DRAFT', '2025-09-10 09:00:00', 'staff.laayoune', NULL),
 (9, 3, 'DRAFT', 'SIGNED', '2025-09-16 11:00:00', 'staff.laayoune', 'توقيع عقود الشراكة بالمديرية الإقليمية'),
 (10, 3, 'SIGNED', 'ACTIVE', '2025-09-16 12:00:00', 'staff.laayoune', NULL),
 (11, 4, NULL, 'DRAFT', '2025-09-10 09:00:00', 'staff.laayoune', NULL),
 (12, 4, 'DRAFT', 'SIGNED', '2025-09-16 11:00:00', 'staff.laayoune', 'توقيع عقود الشراكة بالمديرية الإقليمية'),
 (13, 4, 'SIGNED', 'ACTIVE', '2025-09-16 12:00:00', 'staff.laayoune', NULL);

-- 2024/2025 E2C_NG at the Laâyoune centre: 40 who continue into 2025/2026 (born 2008-2009)
INSERT IGNORE INTO learner (id, directorate_code, association_id, first_name_ar, last_name_ar, first_name_latin, last_name_latin, name_key,
 birth_date, sex, nationality, massar_code, guardian_name, guardian_relation, guardian_phone, commune_code,
 last_grade_completed, year_left_school, dropout_reason, consent_given_by, consent_relation, consent_given_on,
 created_at, updated_at, version)
SELECT 1000 + seq, 'LAA', 2, IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 12, 'فاطمة', 'خديجة', 'مريم', 'أمينة', 'سلمى', 'هاجر', 'زينب', 'نور', 'السالكة', 'الغالية', 'عائشة', 'مباركة'), ELT(1 + (seq DIV 2) % 12, 'محمد', 'يوسف', 'أحمد', 'عمر', 'ياسين', 'حمزة', 'إبراهيم', 'سعيد', 'مصطفى', 'الحسين', 'بلال', 'إسماعيل')), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي'), IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 12, 'Fatima', 'Khadija', 'Meryem', 'Amina', 'Salma', 'Hajar', 'Zineb', 'Nour', 'Salka', 'Ghalia', 'Aicha', 'Mbarka'), ELT(1 + (seq DIV 2) % 12, 'Mohamed', 'Youssef', 'Ahmed', 'Omar', 'Yassine', 'Hamza', 'Brahim', 'Said', 'Mustapha', 'Lhoussine', 'Bilal', 'Ismail')), ELT(1 + (seq * 7) % 16, 'El Alaoui', 'El Idrissi', 'Ould Sidi', 'Bouzid', 'Reguibi', 'El Ansari', 'Cherkaoui', 'El Mansouri', 'El Bakkari', 'Maalainine', 'Daoudi', 'Jakani', 'Sbai', 'Tekni', 'Bouaida', 'Laaroussi'), '', DATE_ADD(DATE('2008-01-05'), INTERVAL (seq * 11) % 700 DAY),
       IF(seq % 2 = 0, 'F', 'M'), IF(seq % 17 = 0, 'SN', 'MA'),
       IF(seq % 3 = 0, CONCAT('D', LPAD(1000 + seq, 9, '0')), NULL),
       CONCAT(IF(seq % 3 = 0, 'محمد ', 'فاطمة '), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي')), IF(seq % 3 = 0, 'FATHER', 'MOTHER'), CONCAT('+212 6', LPAD((1000 + seq) * 7919 % 100000000, 8, '0')),
       IF(seq % 4 = 0, 'LAA-DCHEIRA', 'LAA-LAAYOUNE'),
       ELT(1 + seq % 6, 'P4', 'P5', 'P6', 'C1', 'C2', 'NONE'), 2019 + seq % 5,
       ELT(1 + seq % 7, 'ECONOMIC', 'DISTANCE', 'ACADEMIC_FAILURE', 'FAMILY', 'CHILD_LABOUR', 'MIGRATION', 'NEVER_ENROLLED'),
       CONCAT(IF(seq % 3 = 0, 'محمد ', 'فاطمة '), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي')), IF(seq % 3 = 0, 'FATHER', 'MOTHER'), '2025-09-20', '2025-09-20 10:00:00', '2025-09-20 10:00:00', 0
FROM seq_1_to_40;

-- 2024/2025 E2C_NG at the Laâyoune centre: 48 who left with an outcome
INSERT IGNORE INTO learner (id, directorate_code, association_id, first_name_ar, last_name_ar, first_name_latin, last_name_latin, name_key,
 birth_date, sex, nationality, massar_code, guardian_name, guardian_relation, guardian_phone, commune_code,
 last_grade_completed, year_left_school, dropout_reason, consent_given_by, consent_relation, consent_given_on,
 created_at, updated_at, version)
SELECT 1000 + seq, 'LAA', 2, IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 12, 'فاطمة', 'خديجة', 'مريم', 'أمينة', 'سلمى', 'هاجر', 'زينب', 'نور', 'السالكة', 'الغالية', 'عائشة', 'مباركة'), ELT(1 + (seq DIV 2) % 12, 'محمد', 'يوسف', 'أحمد', 'عمر', 'ياسين', 'حمزة', 'إبراهيم', 'سعيد', 'مصطفى', 'الحسين', 'بلال', 'إسماعيل')), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي'), IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 12, 'Fatima', 'Khadija', 'Meryem', 'Amina', 'Salma', 'Hajar', 'Zineb', 'Nour', 'Salka', 'Ghalia', 'Aicha', 'Mbarka'), ELT(1 + (seq DIV 2) % 12, 'Mohamed', 'Youssef', 'Ahmed', 'Omar', 'Yassine', 'Hamza', 'Brahim', 'Said', 'Mustapha', 'Lhoussine', 'Bilal', 'Ismail')), ELT(1 + (seq * 7) % 16, 'El Alaoui', 'El Idrissi', 'Ould Sidi', 'Bouzid', 'Reguibi', 'El Ansari', 'Cherkaoui', 'El Mansouri', 'El Bakkari', 'Maalainine', 'Daoudi', 'Jakani', 'Sbai', 'Tekni', 'Bouaida', 'Laaroussi'), '', DATE_ADD(DATE('2006-01-05'), INTERVAL (seq * 13) % 1400 DAY),
       IF(seq % 2 = 0, 'F', 'M'), IF(seq % 17 = 0, 'SN', 'MA'),
       IF(seq % 3 = 0, CONCAT('D', LPAD(1000 + seq, 9, '0')), NULL),
       CONCAT(IF(seq % 3 = 0, 'محمد ', 'فاطمة '), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي')), IF(seq % 3 = 0, 'FATHER', 'MOTHER'), CONCAT('+212 6', LPAD((1000 + seq) * 7919 % 100000000, 8, '0')),
       IF(seq % 4 = 0, 'LAA-DCHEIRA', 'LAA-LAAYOUNE'),
       ELT(1 + seq % 6, 'P4', 'P5', 'P6', 'C1', 'C2', 'NONE'), 2019 + seq % 5,
       ELT(1 + seq % 7, 'ECONOMIC', 'DISTANCE', 'ACADEMIC_FAILURE', 'FAMILY', 'CHILD_LABOUR', 'MIGRATION', 'NEVER_ENROLLED'),
       CONCAT(IF(seq % 3 = 0, 'محمد ', 'فاطمة '), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي')), IF(seq % 3 = 0, 'FATHER', 'MOTHER'), '2025-09-20', '2025-09-20 10:00:00', '2025-09-20 10:00:00', 0
FROM seq_41_to_88;

-- 2025/2026 E2C_NG: 147 new learners (50 Laâyoune centre, 57 Hay Al Wahda, 40 El Marsa)
INSERT IGNORE INTO learner (id, directorate_code, association_id, first_name_ar, last_name_ar, first_name_latin, last_name_latin, name_key,
 birth_date, sex, nationality, massar_code, guardian_name, guardian_relation, guardian_phone, commune_code,
 last_grade_completed, year_left_school, dropout_reason, consent_given_by, consent_relation, consent_given_on,
 created_at, updated_at, version)
SELECT 2000 + seq, 'LAA', IF(seq <= 50, 2, IF(seq <= 107, 3, 1)), IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 12, 'فاطمة', 'خديجة', 'مريم', 'أمينة', 'سلمى', 'هاجر', 'زينب', 'نور', 'السالكة', 'الغالية', 'عائشة', 'مباركة'), ELT(1 + (seq DIV 2) % 12, 'محمد', 'يوسف', 'أحمد', 'عمر', 'ياسين', 'حمزة', 'إبراهيم', 'سعيد', 'مصطفى', 'الحسين', 'بلال', 'إسماعيل')), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي'), IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 12, 'Fatima', 'Khadija', 'Meryem', 'Amina', 'Salma', 'Hajar', 'Zineb', 'Nour', 'Salka', 'Ghalia', 'Aicha', 'Mbarka'), ELT(1 + (seq DIV 2) % 12, 'Mohamed', 'Youssef', 'Ahmed', 'Omar', 'Yassine', 'Hamza', 'Brahim', 'Said', 'Mustapha', 'Lhoussine', 'Bilal', 'Ismail')), ELT(1 + (seq * 7) % 16, 'El Alaoui', 'El Idrissi', 'Ould Sidi', 'Bouzid', 'Reguibi', 'El Ansari', 'Cherkaoui', 'El Mansouri', 'El Bakkari', 'Maalainine', 'Daoudi', 'Jakani', 'Sbai', 'Tekni', 'Bouaida', 'Laaroussi'), '', DATE_ADD(DATE('2007-06-01'), INTERVAL (seq * 7) % 1300 DAY),
       IF(seq % 2 = 0, 'F', 'M'), IF(seq % 17 = 0, 'SN', 'MA'),
       IF(seq % 3 = 0, CONCAT('D', LPAD(2000 + seq, 9, '0')), NULL),
       CONCAT(IF(seq % 3 = 0, 'محمد ', 'فاطمة '), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي')), IF(seq % 3 = 0, 'FATHER', 'MOTHER'), CONCAT('+212 6', LPAD((2000 + seq) * 7919 % 100000000, 8, '0')),
       IF(seq % 4 = 0, 'LAA-DCHEIRA', 'LAA-LAAYOUNE'),
       ELT(1 + seq % 6, 'P4', 'P5', 'P6', 'C1', 'C2', 'NONE'), 2019 + seq % 5,
       ELT(1 + seq % 7, 'ECONOMIC', 'DISTANCE', 'ACADEMIC_FAILURE', 'FAMILY', 'CHILD_LABOUR', 'MIGRATION', 'NEVER_ENROLLED'),
       CONCAT(IF(seq % 3 = 0, 'محمد ', 'فاطمة '), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي')), IF(seq % 3 = 0, 'FATHER', 'MOTHER'), '2025-09-20', '2025-09-20 10:00:00', '2025-09-20 10:00:00', 0
FROM seq_1_to_147;

-- 2025/2026 NFE_BASIC: 25 at Dcheira, 20 at Foum El Oued (aged 8 to 14)
INSERT IGNORE INTO learner (id, directorate_code, association_id, first_name_ar, last_name_ar, first_name_latin, last_name_latin, name_key,
 birth_date, sex, nationality, massar_code, guardian_name, guardian_relation, guardian_phone, commune_code,
 last_grade_completed, year_left_school, dropout_reason, consent_given_by, consent_relation, consent_given_on,
 created_at, updated_at, version)
SELECT 3000 + seq, 'LAA', IF(seq <= 25, 1, 2), IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 12, 'فاطمة', 'خديجة', 'مريم', 'أمينة', 'سلمى', 'هاجر', 'زينب', 'نور', 'السالكة', 'الغالية', 'عائشة', 'مباركة'), ELT(1 + (seq DIV 2) % 12, 'محمد', 'يوسف', 'أحمد', 'عمر', 'ياسين', 'حمزة', 'إبراهيم', 'سعيد', 'مصطفى', 'الحسين', 'بلال', 'إسماعيل')), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي'), IF(seq % 2 = 0, ELT(1 + (seq DIV 2) % 12, 'Fatima', 'Khadija', 'Meryem', 'Amina', 'Salma', 'Hajar', 'Zineb', 'Nour', 'Salka', 'Ghalia', 'Aicha', 'Mbarka'), ELT(1 + (seq DIV 2) % 12, 'Mohamed', 'Youssef', 'Ahmed', 'Omar', 'Yassine', 'Hamza', 'Brahim', 'Said', 'Mustapha', 'Lhoussine', 'Bilal', 'Ismail')), ELT(1 + (seq * 7) % 16, 'El Alaoui', 'El Idrissi', 'Ould Sidi', 'Bouzid', 'Reguibi', 'El Ansari', 'Cherkaoui', 'El Mansouri', 'El Bakkari', 'Maalainine', 'Daoudi', 'Jakani', 'Sbai', 'Tekni', 'Bouaida', 'Laaroussi'), '', DATE_ADD(DATE('2011-02-01'), INTERVAL (seq * 29) % 2100 DAY),
       IF(seq % 2 = 0, 'F', 'M'), IF(seq % 17 = 0, 'SN', 'MA'),
       IF(seq % 3 = 0, CONCAT('D', LPAD(3000 + seq, 9, '0')), NULL),
       CONCAT(IF(seq % 3 = 0, 'محمد ', 'فاطمة '), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي')), IF(seq % 3 = 0, 'FATHER', 'MOTHER'), CONCAT('+212 6', LPAD((3000 + seq) * 7919 % 100000000, 8, '0')),
       IF(seq % 4 = 0, 'LAA-DCHEIRA', 'LAA-LAAYOUNE'),
       ELT(1 + seq % 6, 'P4', 'P5', 'P6', 'C1', 'C2', 'NONE'), 2019 + seq % 5,
       ELT(1 + seq % 7, 'ECONOMIC', 'DISTANCE', 'ACADEMIC_FAILURE', 'FAMILY', 'CHILD_LABOUR', 'MIGRATION', 'NEVER_ENROLLED'),
       CONCAT(IF(seq % 3 = 0, 'محمد ', 'فاطمة '), ELT(1 + (seq * 7) % 16, 'العلوي', 'الإدريسي', 'ولد سيدي', 'بوزيد', 'الركيبي', 'الأنصاري', 'الشرقاوي', 'المنصوري', 'البكاري', 'ماء العينين', 'الداودي', 'الجكاني', 'السباعي', 'التكني', 'بوعيدة', 'العروسي')), IF(seq % 3 = 0, 'FATHER', 'MOTHER'), '2025-09-20', '2025-09-20 10:00:00', '2025-09-20 10:00:00', 0
FROM seq_1_to_45;

INSERT IGNORE INTO learner_consent_purpose (learner_id, purpose)
SELECT id, 'EDUCATIONAL_FOLLOW_UP' FROM learner WHERE id BETWEEN 1001 AND 3999
UNION ALL SELECT id, 'STATISTICS' FROM learner WHERE id BETWEEN 1001 AND 3999;

-- placements: 2024/2025 (ended with their outcome) and 2025/2026 (enrolled), 20 to a class
INSERT IGNORE INTO placement (id, learner_id, centre_id, school_year_id, programme, directorate_code, association_id, status, class_number,
 age_at_reference, requested_at, enrolled_on, ended_on, outcome, created_at, updated_at, version)
SELECT 1000 + seq, 1000 + seq, 1, (SELECT id FROM school_year WHERE code = '2024/2025'), 'E2C_NG', 'LAA', 2, 'ENDED', 1 + (seq - 1) DIV 20,
       TIMESTAMPDIFF(YEAR, l.birth_date, DATE('2024-12-31')), TIMESTAMP('2024-09-25 09:00:00') + INTERVAL seq MINUTE, '2024-10-07', '2025-06-30', IF(seq <= 40, 'COMPLETED', ELT(1 + seq % 4, 'REINTEGRATED_FORMAL_SCHOOL', 'VOCATIONAL_TRAINING', 'LABOUR_MARKET', 'DROPPED_OUT')),
       TIMESTAMP('2024-09-25 09:00:00') + INTERVAL seq MINUTE, TIMESTAMP('2024-09-25 09:00:00') + INTERVAL seq MINUTE, 0
FROM seq_1_to_88 JOIN learner l ON l.id = 1000 + seq;

INSERT IGNORE INTO placement (id, learner_id, centre_id, school_year_id, programme, directorate_code, association_id, status, class_number,
 age_at_reference, requested_at, enrolled_on, ended_on, outcome, created_at, updated_at, version)
SELECT 5000 + seq, 1000 + seq, 1, (SELECT id FROM school_year WHERE code = '2025/2026'), 'E2C_NG', 'LAA', 2, 'ENROLLED', 1 + (seq - 1) DIV 20,
       TIMESTAMPDIFF(YEAR, l.birth_date, DATE('2025-12-31')), TIMESTAMP('2025-09-22 09:00:00') + INTERVAL seq MINUTE, '2025-10-06', NULL, NULL,
       TIMESTAMP('2025-09-22 09:00:00') + INTERVAL seq MINUTE, TIMESTAMP('2025-09-22 09:00:00') + INTERVAL seq MINUTE, 0
FROM seq_1_to_40 JOIN learner l ON l.id = 1000 + seq;

INSERT IGNORE INTO placement (id, learner_id, centre_id, school_year_id, programme, directorate_code, association_id, status, class_number,
 age_at_reference, requested_at, enrolled_on, ended_on, outcome, created_at, updated_at, version)
SELECT 6000 + seq, 2000 + seq, IF(seq <= 50, 1, IF(seq <= 107, 2, 3)), (SELECT id FROM school_year WHERE code = '2025/2026'), 'E2C_NG', 'LAA', IF(seq <= 50, 2, IF(seq <= 107, 3, 1)), 'ENROLLED', IF(seq <= 50, 1 + (seq + 39) DIV 20, IF(seq <= 107, 1 + (seq - 51) DIV 20, 1 + (seq - 108) DIV 20)),
       TIMESTAMPDIFF(YEAR, l.birth_date, DATE('2025-12-31')), TIMESTAMP('2025-09-23 09:00:00') + INTERVAL seq MINUTE, '2025-10-06', NULL, NULL,
       TIMESTAMP('2025-09-23 09:00:00') + INTERVAL seq MINUTE, TIMESTAMP('2025-09-23 09:00:00') + INTERVAL seq MINUTE, 0
FROM seq_1_to_147 JOIN learner l ON l.id = 2000 + seq;

INSERT IGNORE INTO placement (id, learner_id, centre_id, school_year_id, programme, directorate_code, association_id, status, class_number,
 age_at_reference, requested_at, enrolled_on, ended_on, outcome, created_at, updated_at, version)
SELECT 7000 + seq, 3000 + seq, IF(seq <= 25, 4, 5), (SELECT id FROM school_year WHERE code = '2025/2026'), 'NFE_BASIC', 'LAA', IF(seq <= 25, 1, 2), 'ENROLLED', IF(seq <= 25, 1 + (seq - 1) DIV 20, 1),
       TIMESTAMPDIFF(YEAR, l.birth_date, DATE('2025-12-31')), TIMESTAMP('2025-09-24 09:00:00') + INTERVAL seq MINUTE, '2025-10-13', NULL, NULL,
       TIMESTAMP('2025-09-24 09:00:00') + INTERVAL seq MINUTE, TIMESTAMP('2025-09-24 09:00:00') + INTERVAL seq MINUTE, 0
FROM seq_1_to_45 JOIN learner l ON l.id = 3000 + seq;
