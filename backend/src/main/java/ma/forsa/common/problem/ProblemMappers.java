package ma.forsa.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Messages;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.validation.Violations;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 answers. Titles and details are written for
 * people; no stack trace, exception class or SQL ever reaches a caller.
 */
public class ProblemMappers {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri, HttpHeaders headers) {
        return e.toResponse(languageOf(headers), instanceOf(uri));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldText> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldText(fieldName(violation.getPropertyPath()), Violations.sentence(violation)));
        }
        errors.sort(Comparator.comparing(FieldText::field));
        return answer(ProblemType.VALIDATION, Sentence.of(Message.FIELDS_INVALID), errors, uri, headers);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return answer(
                ProblemType.VALIDATION,
                Sentence.of(Message.UNKNOWN_FIELD, field),
                List.of(FieldText.of(field, Message.UNKNOWN_FIELD_HERE)),
                uri,
                headers);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return wrongType(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        if (jsonPath(e).isEmpty()) {
            return answer(
                    ProblemType.MALFORMED_BODY,
                    Sentence.of(Message.BODY_NOT_THE_EXPECTED_OBJECT),
                    List.of(),
                    uri,
                    headers);
        }
        return wrongType(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return answer(ProblemType.VALIDATION, Sentence.of(Message.BODY_UNREADABLE), List.of(), uri, headers);
        }
        return answer(
                ProblemType.VALIDATION,
                Sentence.of(Message.BODY_UNREADABLE_AT, field),
                List.of(FieldText.of(field, Message.INVALID_VALUE)),
                uri,
                headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return answer(ProblemType.MALFORMED_BODY, Sentence.of(Message.BODY_NOT_JSON), List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticatedAnswer(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticatedAnswer(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return answer(ProblemType.FORBIDDEN, Sentence.of(Message.ROLE_FORBIDS), List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return answer(ProblemType.STALE_VERSION, Sentence.of(Message.CHANGED_MEANWHILE), List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return optimisticLock(null, uri, headers);
    }

    /** A unique or foreign key the service did not check first: still the caller's conflict, not a crash. */
    @ServerExceptionMapper
    public Response constraint(
            org.hibernate.exception.ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        LOG.warn("Database constraint refused a write: " + e.getConstraintName());
        return answer(ProblemType.CONFLICT, Sentence.of(Message.CONFLICTS_WITH_EXISTING), List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping
                    ? mapJson(mapping, uri, headers)
                    : malformedJson(json, uri, headers);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404
                && e.getCause() instanceof RuntimeException cause
                && !(cause instanceof WebApplicationException)) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; it is bad input
            return answer(ProblemType.VALIDATION, Sentence.of(Message.PARAMETER_WRONG_TYPE), List.of(), uri, headers);
        }
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        if (status == 401) {
            return unauthenticatedAnswer(uri, headers);
        }
        Language language = languageOf(headers);
        Message detail = switch (status) {
            case 404 -> Message.NO_SUCH_RESOURCE;
            case 405 -> Message.METHOD_NOT_SUPPORTED;
            case 406 -> Message.ANSWERS_JSON_ONLY;
            case 415 -> Message.SEND_JSON;
            default -> Message.REQUEST_REFUSED;
        };
        ProblemType type = ProblemType.forStatus(status).orElse(null);
        Response.ResponseBuilder builder = type == null
                ? Response.status(status)
                        .type(MEDIA_TYPE)
                        .entity(new Problem(
                                "about:blank",
                                reason(status),
                                status,
                                Messages.text(language, detail),
                                instanceOf(uri),
                                List.of()))
                : Response.fromResponse(answer(type, Sentence.of(detail), List.of(), uri, language));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof ApiProblem problem) {
            return apiProblem(problem, uri, headers);
        }
        if (DatabaseUnavailable.causes(e)) {
            LOG.warn("Database unavailable on " + instanceOf(uri) + ": " + DatabaseUnavailable.reason(e));
            Response answer = answer(
                    ProblemType.SERVICE_UNAVAILABLE,
                    Sentence.of(
                            DatabaseUnavailable.duringCommit(e)
                                    ? Message.DATABASE_LOST_WHILE_SAVING
                                    : Message.DATABASE_UNREACHABLE),
                    List.of(),
                    uri,
                    headers);
            return Response.fromResponse(answer)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error("Unexpected error on " + instanceOf(uri), e);
        return answer(ProblemType.INTERNAL, Sentence.of(Message.UNEXPECTED), List.of(), uri, headers);
    }

    private Response mapJson(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unrecognizedProperty(u, uri, headers);
        }
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(f, uri, headers);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri, headers);
        }
        return jsonMapping(e, uri, headers);
    }

    private Response wrongType(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        Sentence expected = expected(e.getTargetType());
        return answer(
                ProblemType.VALIDATION,
                Sentence.of(Message.FIELD_MUST_BE, field, expected),
                List.of(FieldText.of(field, Message.MUST_BE, expected)),
                uri,
                headers);
    }

    private Response unauthenticatedAnswer(UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(answer(
                        ProblemType.UNAUTHENTICATED, Sentence.of(Message.TOKEN_REQUIRED), List.of(), uri, headers))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    private static Response answer(
            ProblemType type, Sentence detail, List<FieldText> errors, UriInfo uri, HttpHeaders headers) {
        return answer(type, detail, errors, uri, languageOf(headers));
    }

    /** An answer in the caller's language (English when it names none Forsa speaks). */
    public static Response answer(
            ProblemType type, Sentence detail, List<FieldText> errors, UriInfo uri, Language language) {
        return new ApiProblem(type, detail, errors, java.util.Map.of()).toResponse(language, instanceOf(uri));
    }

    public static Language languageOf(HttpHeaders headers) {
        return headers == null ? Language.DEFAULT : Language.of(headers.getAcceptableLanguages());
    }

    private static String instanceOf(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /**
     * The name a caller knows: "create.input.nameAr" → "nameAr" (a body's or bean parameter's
     * properties stand alone), "list.q" → "q" (a query parameter keeps its name).
     */
    static String fieldName(Path path) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                properties.clear();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? "" : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Sentence expected(Class<?> type) {
        if (type == null) {
            return Sentence.of(Message.EXPECTED_OTHER_TYPE);
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return Sentence.of(Message.EXPECTED_WHOLE_NUMBER);
        }
        if (type == Double.class || type == double.class || type == java.math.BigDecimal.class) {
            return Sentence.of(Message.EXPECTED_NUMBER);
        }
        if (type == Boolean.class || type == boolean.class) {
            return Sentence.of(Message.EXPECTED_BOOLEAN);
        }
        if (type == String.class) {
            return Sentence.of(Message.EXPECTED_TEXT);
        }
        if (type == java.time.LocalDate.class) {
            return Sentence.of(Message.EXPECTED_DATE);
        }
        if (type.isEnum()) {
            // the values themselves: they are what the caller must send
            return Sentence.of(
                    Message.EXPECTED_ONE_OF,
                    java.util.Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .toList());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Sentence.of(Message.EXPECTED_LIST);
        }
        return Sentence.of(Message.EXPECTED_OBJECT);
    }
}
