package ma.forsa.campaign;

/** How a campaign reaches families. */
public enum Channel {
    MEETING,
    DOOR_TO_DOOR,
    RADIO,
    TV,
    SOCIAL_MEDIA,
    SCHOOLS,
    MOSQUES,
    POSTERS,
    OTHER
}
