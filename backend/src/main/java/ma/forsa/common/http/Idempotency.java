package ma.forsa.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import ma.forsa.common.http.IdempotencyRecords.First;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.problem.ProblemMappers;
import ma.forsa.common.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The {@code Idempotency-Key} request header on every POST of the API (draft-ietf-httpapi-idempotency-key-header):
 * the same key and the same request again answers the first answer (status, body, Location) and changes nothing;
 * the same key with another request is 422; the same key while the first request is still running is 409. Keys
 * belong to the caller (a user, or a third-party client) and live in the database a day, so instances agree.
 *
 * <p>A key is claimed in its own transaction before the request runs, and the answer kept after it. An answer of
 * the server's own failure (5xx) or of a lost session (401) releases the key, so the retry runs for real. A key
 * left RUNNING by an instance that died is taken over after {@link #ABANDONED}.
 */
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    static final Duration KEPT = Duration.ofHours(24);
    static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final String CLAIM = Idempotency.class.getName();
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    IdempotencyRecords records;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ObjectMapper json;

    record Claim(String caller, String key) {}

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(HEADER);
        if (header == null
                || !"POST".equals(request.getMethod())
                || !request.getUriInfo().getRequestUri().getPath().startsWith("/api/")) {
            return null;
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Language language = Language.of(request.getAcceptableLanguages());
        String key = unquoted(header.strip());
        if (!KEY.matcher(key).matches()) {
            return refusal(ProblemType.VALIDATION, Message.IDEMPOTENCY_KEY_INVALID, request, language);
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = callerOf(identity);
        String fingerprint = fingerprint(request, body);
        First first = records.claim(caller, key, fingerprint);
        if (first == null) {
            request.setProperty(CLAIM, new Claim(caller, key));
            return null;
        }
        if (!fingerprint.equals(first.fingerprint())) {
            return refusal(ProblemType.UNPROCESSABLE, Message.IDEMPOTENCY_KEY_REUSED, request, language);
        }
        if ("ERASED".equals(first.state())) {
            return refusal(ProblemType.CONFLICT, Message.IDEMPOTENCY_ANSWER_ERASED, request, language);
        }
        if ("RUNNING".equals(first.state())) {
            return Response.fromResponse(
                            refusal(ProblemType.CONFLICT, Message.IDEMPOTENCY_KEY_RUNNING, request, language))
                    .header("Retry-After", 1)
                    .build();
        }
        Response.ResponseBuilder replay = Response.status(first.status())
                .entity(first.body() == null ? new byte[0] : first.body())
                .header("Idempotent-Replayed", "true");
        if (first.type() != null) {
            replay.type(first.type());
        }
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        return replay.build();
    }

    /** Keeps the answer of a claimed key, or releases the key when the answer says to try again. */
    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 500 || status == 401) {
            records.release(claim.caller(), claim.key());
            return;
        }
        MediaType type = response.getMediaType();
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        records.keep(
                claim.caller(),
                claim.key(),
                status,
                type == null ? null : type.toString(),
                location == null ? null : location.toString(),
                bytes(response.getEntity()));
    }

    private static Response refusal(
            ProblemType type, Message message, ContainerRequestContext request, Language language) {
        return ProblemMappers.answer(
                type, Sentence.of(message), List.of(FieldText.of(HEADER, message)), request.getUriInfo(), language);
    }

    private byte[] bytes(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new IllegalStateException("answer not serialisable for the idempotency record", e);
        }
    }

    /** A user by their username, a third-party client by its client id: keys of two callers never meet. */
    private static String callerOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object username = jwt.getClaim("preferred_username");
            Object client = jwt.getClaim("azp");
            if (username != null && !username.toString().startsWith("service-account-")) {
                return "user:" + username;
            }
            if (client != null) {
                return "client:" + client;
            }
        }
        return "principal:" + identity.getPrincipal().getName();
    }

    /** The request a key was first used for: method, path, query and body. */
    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " "
                            + request.getUriInfo().getRequestUri().getRawPath() + "?"
                            + request.getUriInfo().getRequestUri().getRawQuery() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The draft sends the key as a structured-field string ({@code "…"}); a bare token is taken as it is. */
    private static String unquoted(String header) {
        return header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1)
                : header;
    }
}
