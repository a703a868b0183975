package ma.forsa.territory;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.forsa.common.paging.PageView;
import ma.forsa.territory.TerritoryViews.CommuneView;
import ma.forsa.territory.TerritoryViews.DirectorateView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/directorates")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Territory", description = "Academy, directorates and communes (reference data)")
public class TerritoryResource {

    @Inject
    TerritoryService service;

    @GET
    @Operation(operationId = "listDirectorates", summary = "The directorates of the academy")
    public PageView<DirectorateView> directorates() {
        return PageView.all(service.directorates());
    }

    @GET
    @Path("/{code}/communes")
    @Operation(operationId = "listCommunes", summary = "The communes of a directorate")
    public PageView<CommuneView> communes(@PathParam("code") @Size(max = 16) String code) {
        return PageView.all(service.communes(code));
    }
}
