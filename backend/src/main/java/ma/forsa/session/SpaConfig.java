package ma.forsa.session;

import io.smallrye.config.ConfigMapping;

/** How the browser app reaches Keycloak; the same build serves every deployment. */
@ConfigMapping(prefix = "forsa.spa")
public interface SpaConfig {

    /** Keycloak's address as the browser sees it. */
    String keycloakUrl();

    String realm();

    /** The public PKCE client of the SPA. */
    String clientId();
}
