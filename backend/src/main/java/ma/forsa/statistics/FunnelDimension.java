package ma.forsa.statistics;

/** What the outreach funnel can be counted by; each is a column of its aggregates (V24__funnel_aggregates.sql). */
public enum FunnelDimension {
    DIRECTORATE("directorate_code"),
    CAMPAIGN("campaign_id"),
    CARAVAN("caravan_id"),
    SEX("sex");

    final String column;

    FunnelDimension(String column) {
        this.column = column;
    }
}
