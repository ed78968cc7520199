package com.tripavail.provider;

import com.tripavail.media.AddImage;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.provider.DocumentDtos.AddDocument;
import com.tripavail.provider.DocumentDtos.DocumentView;
import com.tripavail.provider.ProviderDtos.OnboardRequest;
import com.tripavail.provider.ProviderDtos.PropertyRequest;
import com.tripavail.provider.ProviderDtos.PropertyView;
import com.tripavail.provider.ProviderDtos.ProviderView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** A provider account's own business: onboarding and property profiles. */
@Path("/v1/providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.PROVIDER)
public class ProviderResource {
    @Inject
    ProviderService service;

    @Inject
    ProviderDocumentService documents;

    @Inject
    CurrentUser user;

    @POST
    public Response onboard(@Valid @NotNull OnboardRequest request) {
        return Response.status(201).entity(service.onboard(user.id(), request)).build();
    }

    @GET
    @Path("/me")
    public ProviderView mine() {
        return service.mine(user.id());
    }

    @GET
    @Path("/me/properties")
    public List<PropertyView> myProperties() {
        return service.propertiesOf(user.id());
    }

    /** Appends one of the owner's stored PROPERTY_IMAGE uploads to the property's ordered images. */
    @POST
    @Path("/{id}/properties/{propertyId}/images")
    public Response addPropertyImage(
            @PathParam("id") UUID providerId,
            @PathParam("propertyId") UUID propertyId,
            @Valid @NotNull AddImage request) {
        return Response.status(201)
                .entity(service.addPropertyImage(user.id(), providerId, propertyId, request.fileId()))
                .build();
    }

    /** Files a verification document: one of the caller's stored VERIFICATION_DOCUMENT uploads. */
    @POST
    @Path("/me/documents")
    public Response addDocument(@Valid @NotNull AddDocument request) {
        return Response.status(201).entity(documents.add(user.id(), request)).build();
    }

    @GET
    @Path("/me/documents")
    public List<DocumentView> myDocuments() {
        return documents.mine(user.id());
    }

    @POST
    @Path("/{id}/properties")
    public Response addProperty(@PathParam("id") UUID providerId, @Valid @NotNull PropertyRequest request) {
        return Response.status(201)
                .entity(service.addProperty(user.id(), providerId, request))
                .build();
    }
}
