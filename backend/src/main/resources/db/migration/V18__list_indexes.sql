-- Every list walks an index in its own order from its filters, so a page costs the same on page 1 and page
-- 1,000 (keyset) and never sorts the matching rows (IndexUsageTest). InnoDB ends every secondary index with
-- the primary key, so (…, requested_at) orders by (requested_at, id) too.

-- placements: a directorate's year, its whole list, a centre's year, a learner's history, an association's year
CREATE INDEX ix_placement_year_order ON placement (directorate_code, school_year_id, requested_at);
CREATE INDEX ix_placement_order ON placement (directorate_code, requested_at);
CREATE INDEX ix_placement_centre_order ON placement (centre_id, school_year_id, requested_at);
CREATE INDEX ix_placement_association_order ON placement (association_id, school_year_id, requested_at);
CREATE INDEX ix_placement_learner_order ON placement (learner_id, requested_at);
DROP INDEX ix_placement_learner ON placement;

-- learners: by name (the default order), by birth date; a name search walks the ids backwards
CREATE INDEX ix_learner_order ON learner (directorate_code, name_key);
CREATE INDEX ix_learner_birth_order ON learner (directorate_code, birth_date);
CREATE INDEX ix_learner_association_order ON learner (association_id, name_key);

-- identified children: newest found first, per directorate, step, campaign, stop, association
CREATE INDEX ix_child_case_found ON child_case (directorate_code, found_on);
CREATE INDEX ix_child_case_status_found ON child_case (directorate_code, status, found_on);
CREATE INDEX ix_child_case_campaign_found ON child_case (campaign_id, found_on);
CREATE INDEX ix_child_case_association_found ON child_case (association_id, found_on);
CREATE INDEX ix_child_case_referred_found ON child_case (referred_association_id, found_on);
CREATE INDEX ix_child_case_stop_found ON child_case (stop_id, found_on);
DROP INDEX ix_child_case_stop ON child_case;

-- audit: an entity's history newest first
CREATE INDEX ix_audit_entity_time ON audit_event (entity_type, entity_id, occurred_at);
DROP INDEX ix_audit_entity ON audit_event;

-- support activities: a directorate's and a centre's, newest first
CREATE INDEX ix_support_activity_order ON support_activity (directorate_code, held_on);
CREATE INDEX ix_support_activity_association ON support_activity (association_id, held_on);
