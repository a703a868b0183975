package ma.forsa.caravan;

/** What a person does in a caravan's team. */
public enum TeamRole {
    LEADER,
    SOCIAL_WORKER,
    TEACHER,
    FACILITATOR,
    DRIVER,
    VOLUNTEER,
    OTHER
}
