package ma.forsa.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ma.forsa.audit.PersonalData;
import ma.forsa.common.http.Heavy;
import ma.forsa.common.security.Roles;
import ma.forsa.sync.SyncViews.Changes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "For other systems: follow the directorate's records with a change feed")
public class SyncResource {

    @Inject
    SyncService service;

    static final String EXAMPLE = """
            {"changes": [
              {"sequence": 1041, "type": "PLACEMENT", "id": 3107, "operation": "CHANGED",
               "changedAt": "2026-06-30T10:15:02.114Z",
               "placement": {"id": 3107, "learnerId": 2210, "centreId": 12, "centreNameAr": "مركز حي الوحدة",
                 "centreNameFr": "Centre Hay Al Wahda", "schoolYear": "2025/2026", "programme": "E2C_NG",
                 "status": "ENDED", "ageAtReference": 16, "requestedAt": "2025-09-22T08:30:00Z",
                 "enrolledOn": "2025-10-06", "endedOn": "2026-06-30", "outcome": "VOCATIONAL_TRAINING",
                 "version": 3}},
              {"sequence": 1042, "type": "CENTRE", "id": 19, "operation": "DELETED",
               "changedAt": "2026-06-30T10:15:02.114Z"},
              {"sequence": 1043, "type": "LEARNER", "id": 2187, "operation": "ERASED",
               "changedAt": "2026-06-30T11:02:45.730Z"}
             ],
             "next": "czEwNDM",
             "hasMore": false}
            """;

    @GET
    @Path("/changes")
    @RolesAllowed(Roles.SYNC)
    @Heavy
    @PersonalData
    @Operation(
            operationId = "getChanges",
            summary = "The directorate's records changed after a cursor, in a stable order",
            description = "A copy kept by another system stays equal to Forsa's records: call without cursor to"
                    + " receive every record once, apply the changes in their order, keep next, and call again with it"
                    + " (at once while hasMore, later when not). Agreements, centres, campaigns, caravans, stops and"
                    + " placements come to every client granted sync; learners and identified children (CASE) only to"
                    + " a client also granted personal-data. A record changed several times since the cursor comes"
                    + " once, as it is now, at its latest change. Deleted records come as DELETED tombstones and a"
                    + " learner's or child's erasure as ERASED: delete your copies. The order is a sequence numbered"
                    + " when changes are committed, not a timestamp, so a change written in the same millisecond or"
                    + " committed late is never skipped. A cursor stays valid for ever.")
    @APIResponse(
            responseCode = "200",
            description = "The changes after the cursor, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Changes.class),
                            examples =
                                    @ExampleObject(
                                            name = "a placement ended, a centre deleted, a learner erased",
                                            value = EXAMPLE)))
    public Changes changes(
            @QueryParam("cursor")
                    @Size(max = 40)
                    @Parameter(description = "next of the previous call; none for the first call", example = "czEwNDI")
                    String cursor,
            @QueryParam("limit")
                    @DefaultValue("500")
                    @Min(1)
                    @Max(1000)
                    @Parameter(description = "At most this many changes (1–1,000, 500 by default)")
                    int limit) {
        return service.changes(cursor, limit);
    }
}
