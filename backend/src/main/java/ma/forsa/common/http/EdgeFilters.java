package ma.forsa.common.http;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ma.forsa.common.config.Limits;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.problem.ProblemMappers;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** What every API request passes before its resource: the JSON size limit and the third-party rate limit. */
public class EdgeFilters {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RateLimiter limiter;

    /** Looked up per request: the filters are built while Quarkus starts, before the runtime configuration. */
    @Inject
    Instance<Limits> limits;

    @ServerRequestFilter(preMatching = true)
    public Response limitJsonBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean json = type != null
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        long max = limits.get().maxJsonBytes();
        if (json && request.getLength() > max) {
            return ProblemMappers.answer(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    Sentence.of(Message.JSON_TOO_LARGE, max, request.getLength()),
                    List.of(),
                    request.getUriInfo(),
                    Language.of(request.getAcceptableLanguages()));
        }
        return null;
    }

    @ServerRequestFilter
    public Uni<Response> limitThirdParties(ContainerRequestContext request) {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !identity.hasRole(Roles.API_CLIENT)) {
                return null;
            }
            long retryAfter = limiter.acquire(client(identity));
            if (retryAfter == 0) {
                return null;
            }
            Response answer = ProblemMappers.answer(
                    ProblemType.TOO_MANY_REQUESTS,
                    Sentence.of(Message.RATE_LIMITED, retryAfter),
                    List.of(),
                    request.getUriInfo(),
                    Language.of(request.getAcceptableLanguages()));
            return Response.fromResponse(answer)
                    .header("Retry-After", retryAfter)
                    .build();
        });
    }

    private static String client(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("azp") != null) {
            return jwt.getClaim("azp").toString();
        }
        return identity.getPrincipal().getName();
    }
}
