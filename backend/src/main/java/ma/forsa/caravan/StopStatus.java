package ma.forsa.caravan;

/** A stop of the itinerary: planned, done (with its results) or cancelled. */
public enum StopStatus {
    PLANNED,
    DONE,
    CANCELLED
}
