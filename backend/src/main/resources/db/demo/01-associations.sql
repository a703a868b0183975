-- Demo data (profile "demo" only): the three partner associations named in the
-- directorate of Laâyoune's announcement of 16 September 2025. Ids are fixed because
-- the demo realm's association-staff user carries association_id 3.
INSERT IGNORE INTO association (id, directorate_code, name_ar, name_fr, acronym, commune_code, active, created_at, updated_at, version) VALUES
 (1, 'LAA', 'الاتحاد الوطني لنساء المغرب', 'Union Nationale des Femmes du Maroc', 'UNFM', 'LAA-LAAYOUNE', TRUE, '2025-09-16 10:00:00', '2025-09-16 10:00:00', 0),
 (2, 'LAA', 'كشافة الرمال الذهبية', 'Scouts des Sables d''Or', NULL, 'LAA-LAAYOUNE', TRUE, '2025-09-16 10:00:00', '2025-09-16 10:00:00', 0),
 (3, 'LAA', 'جمعية التميز للمرأة والطفل', 'Association Excellence pour la Femme et l''Enfant', NULL, 'LAA-ELMARSA', TRUE, '2025-09-16 10:00:00', '2025-09-16 10:00:00', 0);
