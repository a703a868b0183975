package ma.forsa.common.problem;

import java.util.List;
import java.util.Map;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;

/**
 * Thrown by services to answer with a problem; mapped in one place ({@link ProblemMappers}), where its words are put
 * in the caller's language.
 */
public class ApiProblem extends RuntimeException {

    /** A field's refusal, in words of the bundle. */
    public record FieldText(String field, Sentence text) {

        public static FieldText of(String field, Message message, Object... args) {
            return new FieldText(field, Sentence.of(message, args));
        }
    }

    public final ProblemType type;
    public final Sentence detail;
    public final List<FieldText> errors;
    public final Map<String, Object> extensions;
    /** Seconds for the Retry-After header of a 429 or 503; 0 when the answer has none. */
    public final int retryAfterSeconds;

    public ApiProblem(ProblemType type, Sentence detail, List<FieldText> errors, Map<String, Object> extensions) {
        this(type, detail, errors, extensions, 0);
    }

    private ApiProblem(
            ProblemType type,
            Sentence detail,
            List<FieldText> errors,
            Map<String, Object> extensions,
            int retryAfterSeconds) {
        super(detail.toString(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : extensions;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ApiProblem(ProblemType type, Message message, Object... args) {
        this(type, Sentence.of(message, args), List.of(), Map.of());
    }

    /** The same problem with extension members a client can act on (ids, statuses). */
    public ApiProblem with(Map<String, Object> members) {
        return new ApiProblem(type, detail, errors, members, retryAfterSeconds);
    }

    /** The same problem telling the client when to try again (Retry-After). */
    public ApiProblem retryAfter(int seconds) {
        return new ApiProblem(type, detail, errors, extensions, seconds);
    }

    public static ApiProblem notFound(Message message, Object id) {
        return new ApiProblem(ProblemType.NOT_FOUND, message, id);
    }

    /** A rule of the record's state, told beside the field it concerns. */
    public static ApiProblem conflict(String field, Message message, Object... args) {
        Sentence text = Sentence.of(message, args);
        return new ApiProblem(ProblemType.CONFLICT, text, List.of(new FieldText(field, text)), Map.of());
    }

    public static ApiProblem invalid(String field, Message message, Object... args) {
        Sentence text = Sentence.of(message, args);
        return new ApiProblem(ProblemType.VALIDATION, text, List.of(new FieldText(field, text)), Map.of());
    }

    /** Several fields refused at once: the detail is the refusal when there is one, else a summary. */
    public static ApiProblem invalid(List<FieldText> errors) {
        Sentence detail = errors.size() == 1 ? errors.get(0).text() : Sentence.of(Message.FIELDS_INVALID);
        return new ApiProblem(ProblemType.VALIDATION, detail, errors, Map.of());
    }

    /** Optimistic locking of an update: the version the caller read must be the current one. */
    public static void requireVersion(Long sent, long current) {
        if (sent == null) {
            throw invalid("version", Message.VERSION_REQUIRED);
        }
        if (sent != current) {
            throw new ApiProblem(
                    ProblemType.STALE_VERSION,
                    Sentence.of(Message.STALE_VERSION, sent, current),
                    List.of(FieldText.of("version", Message.VERSION_STALE, current)),
                    Map.of());
        }
    }

    public jakarta.ws.rs.core.Response toResponse(Language language, String instance) {
        jakarta.ws.rs.core.Response.ResponseBuilder answer = jakarta.ws.rs.core.Response.status(type.status)
                .type(ProblemMappers.MEDIA_TYPE)
                .entity(toProblem(language, instance));
        if (retryAfterSeconds > 0) {
            answer.header("Retry-After", retryAfterSeconds);
        }
        return answer.build();
    }

    /** The answer's body, in the caller's language. */
    public Problem toProblem(Language language, String instance) {
        List<Problem.FieldError> fields = errors.stream()
                .map(e -> new Problem.FieldError(e.field(), e.text().in(language)))
                .toList();
        return new Problem(
                type.uri, type.title(language), type.status, detail.in(language), instance, fields, extensions);
    }
}
