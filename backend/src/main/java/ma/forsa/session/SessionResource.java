package ma.forsa.session;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ma.forsa.common.config.Limits;
import ma.forsa.common.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "What the browser app needs to start")
public class SessionResource {

    @Inject
    SpaConfig spa;

    @Inject
    Caller caller;

    @Inject
    Limits limits;

    @Schema(name = "ClientConfig")
    public record ClientConfig(String keycloakUrl, String realm, String clientId, UploadLimits limits) {}

    @Schema(name = "UploadLimits", description = "The largest files this deployment accepts, in bytes")
    public record UploadLimits(long maxDocumentBytes, long maxImportBytes) {}

    @Schema(name = "Me")
    public record Me(String username, String displayName, List<String> roles, String directorate, Long associationId) {}

    @GET
    @Path("/config")
    @PermitAll
    @Operation(operationId = "getClientConfig", summary = "Where the browser app logs in (public)")
    public ClientConfig config() {
        return new ClientConfig(
                spa.keycloakUrl(),
                spa.realm(),
                spa.clientId(),
                new UploadLimits(limits.maxDocumentBytes(), limits.maxImportBytes()));
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getMe", summary = "The caller: roles and place in the territory")
    public Me me() {
        return new Me(
                caller.username(),
                caller.displayName().orElse(caller.username()),
                List.copyOf(caller.roles()),
                caller.directorate().orElse(null),
                caller.associationId().orElse(null));
    }
}
