package ma.forsa.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the error answers of every operation in one place: each gets the problem+json
 * responses that the shared mappers can give it, so no resource repeats them. It also writes out
 * the role sets that {@code @RolesAllowed} names by expression ({@code ${forsa.roles.people}}),
 * so the contract lists the roles themselves.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            throw new IllegalStateException("The Problem schema must be declared in META-INF/openapi.yaml");
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParameter = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                expandRoleSets(entry.getValue());
                document(entry.getKey(), entry.getValue(), hasPathParameter);
            }
        }
    }

    private static void expandRoleSets(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            for (Map.Entry<String, List<String>> scheme : new LinkedHashMap<>(requirement.getSchemes()).entrySet()) {
                List<String> roles = new ArrayList<>();
                for (String role : scheme.getValue()) {
                    if (role.startsWith("${") && role.endsWith("}")) {
                        String key = role.substring(2, role.length() - 1);
                        roles.addAll(ConfigProvider.getConfig().getValues(key, String.class));
                    } else {
                        roles.add(role);
                    }
                }
                requirement.addScheme(scheme.getKey(), roles);
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean hasPathParameter) {
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (hasBody || hasParameters || hasPathParameter) {
            add(
                    operation,
                    "400",
                    "Invalid input: malformed JSON, unknown field, wrong type, missing or too long value");
        }
        if (secured) {
            add(operation, "401", "No valid bearer token");
            add(operation, "403", "The caller's role may not use this operation");
            add(operation, "429", "Third-party client over its rate limit; Retry-After says when to try again");
        }
        if (hasPathParameter) {
            add(operation, "404", "Not found, or outside the caller's scope");
        }
        if (writes && (hasPathParameter || hasBody)) {
            add(operation, "409", "Conflict: a stale version, a duplicate, or a rule of the record's state");
        }
        if (hasBody) {
            add(operation, "413", "The body is larger than this operation accepts (JSON: 1 MB)");
            add(operation, "415", "The body is not of the media type this operation accepts (see its request body)");
        }
        if (method == PathItem.HttpMethod.POST && secured) {
            idempotencyKey(operation);
        }
        add(operation, "500", "Unexpected error (logged; no detail is given)");
        add(
                operation,
                "503",
                "The database cannot be reached just now, or (statistics, exports, sync pulls) too many heavy"
                        + " requests are already waiting their turn; Retry-After says when to try again");
    }

    /** Every POST takes an Idempotency-Key (common/http/Idempotency): documented on each, once, here. */
    private static void idempotencyKey(Operation operation) {
        operation.addParameter(OASFactory.createParameter()
                .name(ma.forsa.common.http.Idempotency.HEADER)
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .required(false)
                .description("draft-ietf-httpapi-idempotency-key-header. A key of your choice (a UUID), at most 255"
                        + " visible ASCII characters, as a structured-field string (\"…\") or bare. Sent again with"
                        + " the same request within 24 hours, the first answer comes back (same status, body and"
                        + " Location, with Idempotent-Replayed: true) and nothing is done twice; with another request"
                        + " it is 422; while the first is still running, 409 with Retry-After. Keys are per caller.")
                .schema(OASFactory.createSchema()
                        .type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))
                        .maxLength(255))
                .example("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        add(operation, "422", "An Idempotency-Key already used for another request (or a rule not satisfied)");
        add(
                operation,
                "409",
                "Conflict: a stale version, a duplicate, a rule of the record's state, or the first"
                        + " request with this Idempotency-Key still running");
    }

    private static void add(Operation operation, String status, String description) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Content content = OASFactory.createContent()
                .addMediaType(
                        PROBLEM,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(
                    status,
                    OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null
                || existing.getContent().getMediaTypes() == null
                || existing.getContent().getMediaTypes().isEmpty()) {
            existing.setContent(content);
        }
    }
}
