package ma.forsa.statistics;

/** What beneficiaries can be counted by; each is a column of the aggregates (V23__beneficiary_aggregates.sql). */
public enum Dimension {
    DIRECTORATE("directorate_code"),
    ASSOCIATION("association_id"),
    CENTRE("centre_id"),
    PROGRAMME("programme"),
    SEX("sex"),
    AGE("age"),
    NATIONALITY("nationality"),
    STATUS("status"),
    OUTCOME("outcome");

    final String column;

    Dimension(String column) {
        this.column = column;
    }
}
