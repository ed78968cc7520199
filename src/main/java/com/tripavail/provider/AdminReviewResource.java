package com.tripavail.provider;

import com.tripavail.platform.paging.Page;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.provider.DocumentDtos.DocumentView;
import com.tripavail.provider.ProviderDtos.PropertyView;
import com.tripavail.provider.ProviderDtos.ProviderView;
import com.tripavail.provider.ProviderDtos.ReviewRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin review queue and decisions on providers and properties; every decision is audited. */
@Path("/v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ADMIN)
@Tag(name = "Admin: review", description = "The review queue and decisions on providers and properties (audited)")
@SecurityRequirement(name = "bearer")
public class AdminReviewResource {
    @Inject
    ProviderService service;

    @Inject
    ProviderDocumentService documents;

    @Inject
    CurrentUser user;

    @GET
    @Path("/providers")
    @Operation(operationId = "listProvidersForReview", summary = "Providers by status, oldest first")
    @APIResponse(responseCode = "200", description = "a page of providers")
    public Page<ProviderView> providers(
            @QueryParam("status") ProviderStatus status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return service.reviewQueue(status, cursor, Page.limit(limit));
    }

    /** The provider's verification documents, newest first per type, each with a signed download URL. */
    @GET
    @Path("/providers/{id}/documents")
    @Operation(
            operationId = "listProviderDocuments",
            summary = "A provider's verification documents with signed download URLs")
    @APIResponse(responseCode = "200", description = "the documents")
    @APIResponse(responseCode = "404", description = "not_found")
    public List<DocumentView> documents(@PathParam("id") UUID id) {
        return documents.ofProvider(id);
    }

    @POST
    @Path("/providers/{id}/approve")
    @Operation(operationId = "approveProvider", summary = "Approve a provider")
    @APIResponse(responseCode = "200", description = "the provider")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "invalid_transition")
    public ProviderView approve(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.approve(admin(), id, reason(body));
    }

    @POST
    @Path("/providers/{id}/reject")
    @Operation(operationId = "rejectProvider", summary = "Reject a provider")
    @APIResponse(responseCode = "200", description = "the provider")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "invalid_transition")
    public ProviderView reject(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.reject(admin(), id, reason(body));
    }

    @POST
    @Path("/providers/{id}/suspend")
    @Operation(operationId = "suspendProvider", summary = "Suspend a provider (unpublishes its packages)")
    @APIResponse(responseCode = "200", description = "the provider")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "invalid_transition")
    public ProviderView suspend(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.suspend(admin(), id, reason(body));
    }

    @GET
    @Path("/properties")
    @Operation(operationId = "listPropertiesForReview", summary = "Property profiles by status")
    @APIResponse(responseCode = "200", description = "a page of properties")
    public Page<PropertyView> properties(
            @QueryParam("status") ReviewStatus status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return service.propertyQueue(status, cursor, Page.limit(limit));
    }

    @POST
    @Path("/properties/{id}/approve")
    @Operation(operationId = "approveProperty", summary = "Approve a property profile")
    @APIResponse(responseCode = "200", description = "the property")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "invalid_transition")
    public PropertyView approveProperty(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.approveProperty(admin(), id, reason(body));
    }

    @POST
    @Path("/properties/{id}/reject")
    @Operation(operationId = "rejectProperty", summary = "Reject a property profile")
    @APIResponse(responseCode = "200", description = "the property")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "invalid_transition")
    public PropertyView rejectProperty(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.rejectProperty(admin(), id, reason(body));
    }

    private String admin() {
        return user.id().toString();
    }

    private static String reason(ReviewRequest body) {
        return body == null ? null : body.reason();
    }
}
