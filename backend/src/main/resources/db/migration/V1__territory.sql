-- Reference territory: one academy, its provincial directorates and their main communes.
-- Natural codes are the keys: tokens and other systems name a directorate by its code.
CREATE TABLE academy (
    code    VARCHAR(16)  NOT NULL PRIMARY KEY,
    name_ar VARCHAR(200) NOT NULL,
    name_fr VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE directorate (
    code         VARCHAR(16)  NOT NULL PRIMARY KEY,
    academy_code VARCHAR(16)  NOT NULL,
    name_ar      VARCHAR(200) NOT NULL,
    name_fr      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_directorate_academy FOREIGN KEY (academy_code) REFERENCES academy (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE commune (
    code             VARCHAR(32)  NOT NULL PRIMARY KEY,
    directorate_code VARCHAR(16)  NOT NULL,
    name_ar          VARCHAR(200) NOT NULL,
    name_fr          VARCHAR(200) NOT NULL,
    CONSTRAINT fk_commune_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO academy (code, name_ar, name_fr) VALUES
 ('LSH', 'الأكاديمية الجهوية للتربية والتكوين لجهة العيون الساقية الحمراء', 'Académie régionale d''éducation et de formation de Laâyoune-Sakia El Hamra');

INSERT INTO directorate (code, academy_code, name_ar, name_fr) VALUES
 ('LAA', 'LSH', 'المديرية الإقليمية العيون', 'Direction provinciale de Laâyoune'),
 ('BOJ', 'LSH', 'المديرية الإقليمية بوجدور', 'Direction provinciale de Boujdour'),
 ('TAR', 'LSH', 'المديرية الإقليمية طرفاية', 'Direction provinciale de Tarfaya'),
 ('SMA', 'LSH', 'المديرية الإقليمية السمارة', 'Direction provinciale d''Es-Semara');

INSERT INTO commune (code, directorate_code, name_ar, name_fr) VALUES
 ('LAA-LAAYOUNE',   'LAA', 'العيون', 'Laâyoune'),
 ('LAA-ELMARSA',    'LAA', 'المرسى', 'El Marsa'),
 ('LAA-FOUMELOUED', 'LAA', 'فم الواد', 'Foum El Oued'),
 ('LAA-DCHEIRA',    'LAA', 'الدشيرة', 'Dcheira'),
 ('LAA-BOUKRAA',    'LAA', 'بوكراع', 'Boukraa'),
 ('BOJ-BOUJDOUR',   'BOJ', 'بوجدور', 'Boujdour'),
 ('BOJ-JRAIFIA',    'BOJ', 'جريفية', 'Jraifia'),
 ('BOJ-GUELTAT',    'BOJ', 'كلتة زمور', 'Gueltat Zemmour'),
 ('TAR-TARFAYA',    'TAR', 'طرفاية', 'Tarfaya'),
 ('TAR-AKHFENNIR',  'TAR', 'أخفنير', 'Akhfennir'),
 ('TAR-TAH',        'TAR', 'الطاح', 'Tah'),
 ('TAR-HAGOUNIA',   'TAR', 'الحكونية', 'Hagounia'),
 ('TAR-DAOURA',     'TAR', 'الداورة', 'Daoura'),
 ('SMA-SEMARA',     'SMA', 'السمارة', 'Es-Semara'),
 ('SMA-JDIRIYA',    'SMA', 'الجديرية', 'Jdiriya'),
 ('SMA-HAOUZA',     'SMA', 'الحوزة', 'Haouza'),
 ('SMA-AMGALA',     'SMA', 'امكالة', 'Amgala'),
 ('SMA-SIDIAHMED',  'SMA', 'سيدي أحمد العروسي', 'Sidi Ahmed Laaroussi');
