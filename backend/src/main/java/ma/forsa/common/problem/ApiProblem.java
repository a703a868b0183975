package ma.forsa.common.problem;

import java.util.List;
import java.util.Map;

/** Thrown by services to answer with a problem; mapped in one place ({@link ProblemMappers}). */
public class ApiProblem extends RuntimeException {

    public final ProblemType type;
    public final List<Problem.FieldError> errors;
    public final Map<String, Object> extensions;

    public ApiProblem(
            ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? List.of() : errors;
        this.extensions = extensions == null ? Map.of() : extensions;
    }

    public ApiProblem(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " " + id + " does not exist or is not visible to you.");
    }

    public static ApiProblem conflict(String detail, String field) {
        return new ApiProblem(
                ProblemType.CONFLICT,
                detail,
                field == null ? List.of() : List.of(new Problem.FieldError(field, detail)));
    }

    public static ApiProblem staleVersion(String what, long sent, long current) {
        return new ApiProblem(
                ProblemType.STALE_VERSION,
                what + " was changed by someone else (you sent version " + sent + ", it is now " + current
                        + "). Reload it and apply your change again.",
                List.of(new Problem.FieldError("version", "stale: current version is " + current)));
    }

    /** Optimistic locking of an update: the version the caller read must be the current one. */
    public static void requireVersion(Long sent, long current, String what) {
        if (sent == null) {
            throw invalid("version", "is required to update; send the version you read");
        }
        if (sent != current) {
            throw staleVersion(what, sent, current);
        }
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(
                ProblemType.VALIDATION, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }
}
