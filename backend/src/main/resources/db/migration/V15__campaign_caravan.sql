-- Outreach: awareness campaigns (حملات التحسيس) and the community caravans (القوافل) that go from stop to
-- stop looking for children out of school. Who may see them follows the campaign: its directorate, and the
-- associations taking part in it.
CREATE TABLE campaign (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directorate_code VARCHAR(16)   NOT NULL,
    school_year_id   BIGINT        NOT NULL,
    title_ar         VARCHAR(200)  NOT NULL,
    title_fr         VARCHAR(200)  NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    objectives       VARCHAR(2000) NULL,
    target_children  INT           NULL,
    status           VARCHAR(10)   NOT NULL DEFAULT 'PLANNED',
    close_reason     VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_campaign_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_campaign_school_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    CONSTRAINT ck_campaign_status CHECK (status IN ('PLANNED', 'ACTIVE', 'CLOSED')),
    CONSTRAINT ck_campaign_dates CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_campaign_directorate ON campaign (directorate_code, starts_on, id);
CREATE INDEX ix_campaign_year ON campaign (school_year_id, starts_on, id);

CREATE TABLE campaign_commune (
    campaign_id  BIGINT      NOT NULL,
    commune_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (campaign_id, commune_code),
    CONSTRAINT fk_campaign_commune_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_commune_commune FOREIGN KEY (commune_code) REFERENCES commune (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE campaign_channel (
    campaign_id BIGINT      NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    PRIMARY KEY (campaign_id, channel),
    CONSTRAINT fk_campaign_channel_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The associations taking part: their staff see the campaign, its caravans and stops.
CREATE TABLE campaign_association (
    campaign_id    BIGINT NOT NULL,
    association_id BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, association_id),
    CONSTRAINT fk_campaign_association_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_association_association FOREIGN KEY (association_id) REFERENCES association (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_campaign_association_association ON campaign_association (association_id, campaign_id);

-- People reached by one channel on one day.
CREATE TABLE campaign_reach (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT       NOT NULL,
    channel        VARCHAR(16)  NOT NULL,
    reached_on     DATE         NOT NULL,
    people_reached INT          NOT NULL,
    notes          VARCHAR(500) NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_campaign_reach_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT uq_campaign_reach UNIQUE (campaign_id, channel, reached_on),
    CONSTRAINT ck_campaign_reach_people CHECK (people_reached >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE caravan (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL,
    directorate_code VARCHAR(16)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    notes            VARCHAR(2000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_caravan_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_caravan_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT ck_caravan_dates CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_caravan_campaign ON caravan (campaign_id, starts_on, id);
CREATE INDEX ix_caravan_directorate ON caravan (directorate_code, starts_on, id);

-- The team: directorate staff (no association) and association staff, each with a role in the team.
CREATE TABLE caravan_member (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    caravan_id     BIGINT       NOT NULL,
    full_name      VARCHAR(150) NOT NULL,
    association_id BIGINT       NULL,
    team_role      VARCHAR(20)  NOT NULL,
    phone          VARCHAR(30)  NULL,
    CONSTRAINT fk_caravan_member_caravan FOREIGN KEY (caravan_id) REFERENCES caravan (id),
    CONSTRAINT fk_caravan_member_association FOREIGN KEY (association_id) REFERENCES association (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_caravan_member_caravan ON caravan_member (caravan_id, id);

CREATE TABLE caravan_stop (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    caravan_id         BIGINT        NOT NULL,
    directorate_code   VARCHAR(16)   NOT NULL,
    visit_on           DATE          NOT NULL,
    commune_code       VARCHAR(32)   NOT NULL,
    place              VARCHAR(200)  NOT NULL,
    latitude           DECIMAL(9, 6) NULL,
    longitude          DECIMAL(9, 6) NULL,
    status             VARCHAR(10)   NOT NULL DEFAULT 'PLANNED',
    households_visited INT           NULL,
    people_reached     INT           NULL,
    notes              VARCHAR(2000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_caravan_stop_caravan FOREIGN KEY (caravan_id) REFERENCES caravan (id),
    CONSTRAINT fk_caravan_stop_directorate FOREIGN KEY (directorate_code) REFERENCES directorate (code),
    CONSTRAINT fk_caravan_stop_commune FOREIGN KEY (commune_code) REFERENCES commune (code),
    CONSTRAINT ck_caravan_stop_status CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
    CONSTRAINT ck_caravan_stop_point CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT ck_caravan_stop_counts CHECK (COALESCE(households_visited, 0) >= 0 AND COALESCE(people_reached, 0) >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_caravan_stop_caravan ON caravan_stop (caravan_id, visit_on, id);
CREATE INDEX ix_caravan_stop_day ON caravan_stop (directorate_code, visit_on, id);
