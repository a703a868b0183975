package ma.forsa.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ma.forsa.territory.TerritoryService;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read once from the access token: roles, and the place in the territory the
 * caller is tied to (claims {@code directorate} and {@code association_id}, mapped from
 * Keycloak user attributes).
 */
@RequestScoped
public class Caller {

    public static final String DIRECTORATE_CLAIM = "directorate";
    public static final String ASSOCIATION_CLAIM = "association_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    RoleSets roleSets;

    @Inject
    TerritoryService territory;

    public String username() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username").toString();
        }
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether the caller has one of a set of roles ({@link RoleSets}). */
    public boolean isOneOf(java.util.Collection<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    /** A third-party system's client id ({@code azp}); empty for a person. */
    public Optional<String> system() {
        if (hasRole(Roles.API_CLIENT)
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getClaim("azp") != null) {
            return Optional.of(jwt.getClaim("azp").toString());
        }
        return Optional.empty();
    }

    public Optional<String> directorate() {
        return claim(DIRECTORATE_CLAIM);
    }

    public Optional<Long> associationId() {
        return claim(ASSOCIATION_CLAIM).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The regional academy an analyst is tied to (claim {@code academy}). */
    public Optional<String> academy() {
        return claim("academy");
    }

    public Optional<String> displayName() {
        return claim("name");
    }

    /** The rows this caller may see; fail-closed when the token lacks its place. */
    public Scope scope() {
        if (hasRole(Roles.ACADEMY_ANALYST) && directorate().isEmpty()) {
            return Scope.reading(academy().map(territory::directoratesOf).orElse(List.of()));
        }
        String directorate = directorate().orElse(Scope.NOWHERE);
        if (hasRole(Roles.ASSOCIATION_STAFF) && !isOneOf(roleSets.directorate())) {
            return new Scope(directorate, associationId().orElse(Scope.NO_ASSOCIATION));
        }
        return new Scope(directorate, null);
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
