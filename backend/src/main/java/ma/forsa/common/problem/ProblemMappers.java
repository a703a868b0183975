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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        return Response.status(e.type.status)
                .type(MEDIA_TYPE)
                .entity(new Problem(
                        e.type.uri, e.type.title, e.type.status, e.getMessage(), instance, e.errors, e.extensions))
                .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return answer(ProblemType.VALIDATION, "Some fields are invalid; see errors.", errors, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return answer(
                ProblemType.VALIDATION,
                "Unknown field '" + field + "'.",
                List.of(new Problem.FieldError(field, "unknown field")),
                uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another type" : friendlyType(e.getTargetType());
        return answer(
                ProblemType.VALIDATION,
                "Field '" + field + "' must be " + expected + ".",
                List.of(new Problem.FieldError(field, "must be " + expected)),
                uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return answer(
                    ProblemType.MALFORMED_BODY,
                    "The request body is not the JSON object this operation expects.",
                    List.of(),
                    uri);
        }
        String expected = e.getTargetType() == null ? "another type" : friendlyType(e.getTargetType());
        return answer(
                ProblemType.VALIDATION,
                "Field '" + field + "' must be " + expected + ".",
                List.of(new Problem.FieldError(field, "must be " + expected)),
                uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        return answer(
                ProblemType.VALIDATION,
                "The request body could not be read" + (field.isEmpty() ? "." : " at field '" + field + "'."),
                field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, "invalid value")),
                uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return answer(ProblemType.MALFORMED_BODY, "The request body is not well-formed JSON.", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticatedAnswer(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticatedAnswer(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(ProblemType.FORBIDDEN, "Your role does not allow this operation.", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return answer(
                ProblemType.STALE_VERSION,
                "The record was changed by someone else at the same time. Reload it and try again.",
                List.of(),
                uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return optimisticLock(null, uri);
    }

    /** A unique or foreign key the service did not check first: still the caller's conflict, not a crash. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.warn("Database constraint refused a write: " + e.getConstraintName());
        return answer(ProblemType.CONFLICT, "The change conflicts with an existing record.", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping ? mapJson(mapping, uri) : malformedJson(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404
                && e.getCause() instanceof RuntimeException cause
                && !(cause instanceof WebApplicationException)) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; it is bad input
            return answer(
                    ProblemType.VALIDATION,
                    "A parameter has the wrong type (for example text where a number" + " is expected).",
                    List.of(),
                    uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        ProblemType type = ProblemType.forStatus(status).orElse(null);
        String detail = switch (status) {
            case 401 -> "Send a valid bearer access token.";
            case 404 -> "No such resource.";
            case 405 -> "This resource does not support this method.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = type == null
                ? build(status, "about:blank", reason(status), detail, List.of(), uri)
                : build(type.status, type.uri, type.title, detail, List.of(), uri);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof ApiProblem problem) {
            return apiProblem(problem, uri);
        }
        if (DatabaseUnavailable.causes(e)) {
            LOG.warn("Database unavailable on "
                    + (uri == null ? "?" : uri.getRequestUri().getPath()) + ": " + DatabaseUnavailable.reason(e));
            Response answer = answer(
                    ProblemType.SERVICE_UNAVAILABLE,
                    DatabaseUnavailable.duringCommit(e)
                            ? "The database went away while saving: the change may or may not be saved. Check before sending it"
                                    + " again in a few seconds."
                            : "The database cannot be reached just now; nothing was changed. Try again in a few seconds.",
                    List.of(),
                    uri);
            return Response.fromResponse(answer)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error(
                "Unexpected error on "
                        + (uri == null ? "?" : uri.getRequestUri().getPath()),
                e);
        return answer(
                ProblemType.INTERNAL, "The server could not complete the request. It has been logged.", List.of(), uri);
    }

    private Response mapJson(JsonMappingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unrecognizedProperty(u, uri);
        }
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(f, uri);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri);
        }
        return jsonMapping(e, uri);
    }

    private Response unauthenticatedAnswer(UriInfo uri) {
        return build(
                        401,
                        ProblemType.UNAUTHENTICATED.uri,
                        ProblemType.UNAUTHENTICATED.title,
                        "Send a valid bearer access token.",
                        List.of(),
                        uri)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    public static Response answer(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        return build(type.status, type.uri, type.title, detail, errors, uri).build();
    }

    private static Response.ResponseBuilder build(
            int status, String type, String title, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, errors));
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

    private static String friendlyType(Class<?> type) {
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return values.toString();
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
