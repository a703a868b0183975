package ma.forsa.common.problem;

import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Messages;

/** The kinds of problem the API answers with; the URI of each is stable and documented. */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_BODY(400, "malformed-body"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    DUPLICATE(409, "duplicate"),
    ALREADY_PLACED(409, "already-placed"),
    CENTRE_FULL(409, "centre-full"),
    CONSENT_REQUIRED(409, "consent-required"),
    STALE_VERSION(409, "stale-version"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    FILE_NOT_TEXT(415, "file-not-text"),
    UNPROCESSABLE(422, "unprocessable"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    INTERNAL(500, "internal");

    public static final String BASE_URI = "https://forsa.ma/problems/";

    public final int status;
    public final String uri;

    ProblemType(int status, String slug) {
        this.status = status;
        this.uri = BASE_URI + slug;
    }

    /** The title in a reader's language (the bundles' {@code title.NAME}). */
    public String title(Language language) {
        return Messages.title(language, name());
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
