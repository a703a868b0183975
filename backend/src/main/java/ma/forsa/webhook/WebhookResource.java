package ma.forsa.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import ma.forsa.common.http.Created;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.security.Roles;
import ma.forsa.webhook.WebhookInputs.WebhookInput;
import ma.forsa.webhook.WebhookViews.DeliveryView;
import ma.forsa.webhook.WebhookViews.WebhookView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks",
        description = "Events sent to a system's URL as they happen (Standard Webhooks): a POST with the headers"
                + " webhook-id (the same on every retry), webhook-timestamp and webhook-signature (v1, the base64"
                + " HMAC-SHA256 of id.timestamp.body with the endpoint's secret), and a body"
                + " {type, timestamp, data}. Answer 2xx within 10 s; otherwise the delivery is tried again"
                + " after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, and an endpoint that failed that long without a"
                + " success is disabled. The data carries ids and codes, never a name.")
public class WebhookResource {

    @Inject
    WebhookService service;

    @GET
    @RolesAllowed(Roles.WEBHOOKS)
    @Operation(
            operationId = "listWebhooks",
            summary = "The endpoints: a system's own, or every endpoint of the directorate for its admin")
    public List<WebhookView> list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WEBHOOKS)
    @Operation(operationId = "createWebhook", summary = "Register an endpoint for event types")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the answer carries its secret, the only time it is shown",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class)))
    public Response create(@Valid @NotNull WebhookInput input, @Context UriInfo uri) {
        WebhookView created = service.create(input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.WEBHOOKS)
    @Operation(operationId = "getWebhook", summary = "An endpoint")
    public WebhookView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WEBHOOKS)
    @Operation(
            operationId = "updateWebhook",
            summary = "Change an endpoint's address or events, disable it, or enable it again")
    public WebhookView update(@PathParam("id") long id, @Valid @NotNull WebhookInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.WEBHOOKS)
    @Operation(operationId = "deleteWebhook", summary = "Remove an endpoint and its delivery log")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.WEBHOOKS)
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The delivery log: every event sent to the endpoint, newest first, with each attempt")
    public PageView<DeliveryView> deliveries(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return service.deliveries(id, page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/resend")
    @RolesAllowed(Roles.WEBHOOKS)
    @Operation(
            operationId = "resendWebhookDelivery",
            summary = "Send a delivery again now (same webhook-id), delivered or not; refused while disabled")
    public DeliveryView resend(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return service.resend(id, deliveryId);
    }
}
