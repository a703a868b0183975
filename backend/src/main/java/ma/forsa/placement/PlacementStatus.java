package ma.forsa.placement;

/** WAITING for a place, ENROLLED in a class, or ENDED with an outcome. */
public enum PlacementStatus {
    WAITING,
    ENROLLED,
    ENDED
}
