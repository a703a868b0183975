-- A first page's bounded count walks the list's own index in its order (Listing.countUpTo). For a campaign's
-- identified children in a directorate, the campaign index without the directorate lost to the directorate's
-- found_on index, which read every child of the directorate: with the directorate first, it is one range.
CREATE INDEX ix_child_case_directorate_campaign_found ON child_case (directorate_code, campaign_id, found_on);
DROP INDEX ix_child_case_campaign_found ON child_case;
