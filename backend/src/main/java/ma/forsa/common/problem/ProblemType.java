package ma.forsa.common.problem;

/** The kinds of problem the API answers with; the URI of each is stable and documented. */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid input"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    DUPLICATE(409, "duplicate", "Already registered"),
    ALREADY_PLACED(409, "already-placed", "Already placed this school year"),
    CENTRE_FULL(409, "centre-full", "Centre full"),
    CONSENT_REQUIRED(409, "consent-required", "Guardian consent required"),
    STALE_VERSION(409, "stale-version", "Changed by someone else"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    FILE_NOT_TEXT(415, "file-not-text", "File not readable as text"),
    UNPROCESSABLE(422, "unprocessable", "Rule not satisfied"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    INTERNAL(500, "internal", "Unexpected error");

    public static final String BASE_URI = "https://forsa.ma/problems/";

    public final int status;
    public final String uri;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = BASE_URI + slug;
        this.title = title;
    }

    /** The type for a status the framework answered with, if it is one of ours. */
    public static java.util.Optional<ProblemType> forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
