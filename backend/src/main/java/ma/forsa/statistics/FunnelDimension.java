package ma.forsa.statistics;

/** What the outreach funnel can be counted by; each maps to a column of the identified children. */
public enum FunnelDimension {
    DIRECTORATE("c.directorate_code"),
    CAMPAIGN("c.campaign_id"),
    CARAVAN("c.caravan_id"),
    SEX("c.sex");

    final String column;

    FunnelDimension(String column) {
        this.column = column;
    }
}
