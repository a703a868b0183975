package ma.forsa.statistics;

/**
 * What the outreach funnel can be counted by; each is a column of its aggregates (V24__funnel_aggregates.sql,
 * V26__funnel_by_age_programme_centre_association.sql). Cases have no nationality.
 */
public enum FunnelDimension {
    DIRECTORATE("directorate_code"),
    CAMPAIGN("campaign_id"),
    CARAVAN("caravan_id"),
    SEX("sex"),
    /** The association that found the child. */
    ASSOCIATION("association_id"),
    /** The centre the child was referred to. */
    CENTRE("centre_id"),
    /** That centre's programme. */
    PROGRAMME("programme"),
    /** Whole years at the school year's reference date. */
    AGE("age");

    final String column;

    FunnelDimension(String column) {
        this.column = column;
    }
}
