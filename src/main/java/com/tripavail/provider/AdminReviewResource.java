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

/** The admin review queue and decisions on providers and properties; every decision is audited. */
@Path("/v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ADMIN)
public class AdminReviewResource {
    @Inject
    ProviderService service;

    @Inject
    ProviderDocumentService documents;

    @Inject
    CurrentUser user;

    @GET
    @Path("/providers")
    public Page<ProviderView> providers(
            @QueryParam("status") ProviderStatus status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return service.reviewQueue(status, cursor, Page.limit(limit));
    }

    /** The provider's verification documents, newest first per type, each with a signed download URL. */
    @GET
    @Path("/providers/{id}/documents")
    public List<DocumentView> documents(@PathParam("id") UUID id) {
        return documents.ofProvider(id);
    }

    @POST
    @Path("/providers/{id}/approve")
    public ProviderView approve(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.approve(admin(), id, reason(body));
    }

    @POST
    @Path("/providers/{id}/reject")
    public ProviderView reject(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.reject(admin(), id, reason(body));
    }

    @POST
    @Path("/providers/{id}/suspend")
    public ProviderView suspend(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.suspend(admin(), id, reason(body));
    }

    @GET
    @Path("/properties")
    public Page<PropertyView> properties(
            @QueryParam("status") ReviewStatus status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return service.propertyQueue(status, cursor, Page.limit(limit));
    }

    @POST
    @Path("/properties/{id}/approve")
    public PropertyView approveProperty(@PathParam("id") UUID id, @Valid ReviewRequest body) {
        return service.approveProperty(admin(), id, reason(body));
    }

    @POST
    @Path("/properties/{id}/reject")
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
