package ma.forsa.placement;

/** How a placement ended (the outcomes reported nationally, and the administrative ends). */
public enum Outcome {
    COMPLETED,
    REINTEGRATED_FORMAL_SCHOOL,
    VOCATIONAL_TRAINING,
    LABOUR_MARKET,
    DROPPED_OUT,
    /** Moved to another centre; the new placement continues the history. */
    TRANSFERRED,
    /** Left the waiting list without being enrolled. */
    WITHDRAWN;

    public boolean endsAnEnrolment() {
        return this != WITHDRAWN;
    }
}
