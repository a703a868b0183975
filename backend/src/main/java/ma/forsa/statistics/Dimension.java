package ma.forsa.statistics;

/** What beneficiaries can be counted by; each maps to one column of the counting query. */
public enum Dimension {
    DIRECTORATE("p.directorate_code"),
    ASSOCIATION("p.association_id"),
    CENTRE("p.centre_id"),
    PROGRAMME("p.programme"),
    SEX("l.sex"),
    AGE("p.age_at_reference"),
    NATIONALITY("l.nationality"),
    STATUS("p.status"),
    OUTCOME("p.outcome");

    final String column;

    Dimension(String column) {
        this.column = column;
    }
}
