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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A provider account's own business: onboarding and property profiles. */
@Path("/v1/providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.PROVIDER)
@Tag(name = "Providers", description = "A provider account's own business: onboarding, properties, documents")
@SecurityRequirement(name = "bearer")
public class ProviderResource {
    @Inject
    ProviderService service;

    @Inject
    ProviderDocumentService documents;

    @Inject
    CurrentUser user;

    @POST
    @Operation(operationId = "onboardProvider", summary = "Onboard the caller's business (status PENDING)")
    @APIResponse(
            responseCode = "201",
            description = "the provider",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "409", description = "provider_exists")
    public Response onboard(@Valid @NotNull OnboardRequest request) {
        return Response.status(201).entity(service.onboard(user.id(), request)).build();
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getOwnProvider", summary = "The caller's provider and its status")
    @APIResponse(responseCode = "200", description = "the provider")
    @APIResponse(responseCode = "404", description = "not_found")
    public ProviderView mine() {
        return service.mine(user.id());
    }

    @GET
    @Path("/me/properties")
    @Operation(operationId = "listOwnProperties", summary = "The caller's property profiles")
    @APIResponse(responseCode = "200", description = "the properties")
    public List<PropertyView> myProperties() {
        return service.propertiesOf(user.id());
    }

    /** Appends one of the owner's stored PROPERTY_IMAGE uploads to the property's ordered images. */
    @POST
    @Path("/{id}/properties/{propertyId}/images")
    @Operation(operationId = "addPropertyImage", summary = "Append a stored PROPERTY_IMAGE upload to a property")
    @APIResponse(
            responseCode = "201",
            description = "the property",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PropertyView.class)))
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(
            responseCode = "409",
            description = "upload_not_stored, wrong_upload_purpose, image_already_added, too_many_images")
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
    @Operation(
            operationId = "addProviderDocument",
            summary = "File a verification document (a stored VERIFICATION_DOCUMENT upload)")
    @APIResponse(
            responseCode = "201",
            description = "the document",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "upload_not_stored, wrong_upload_purpose, document_file_in_use")
    public Response addDocument(@Valid @NotNull AddDocument request) {
        return Response.status(201).entity(documents.add(user.id(), request)).build();
    }

    @GET
    @Path("/me/documents")
    @Operation(operationId = "listOwnDocuments", summary = "The caller's verification documents")
    @APIResponse(responseCode = "200", description = "the documents")
    public List<DocumentView> myDocuments() {
        return documents.mine(user.id());
    }

    @POST
    @Path("/{id}/properties")
    @Operation(operationId = "addProperty", summary = "Add a property profile (status PENDING)")
    @APIResponse(
            responseCode = "201",
            description = "the property",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PropertyView.class)))
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "not_a_hotel_provider")
    public Response addProperty(@PathParam("id") UUID providerId, @Valid @NotNull PropertyRequest request) {
        return Response.status(201)
                .entity(service.addProperty(user.id(), providerId, request))
                .build();
    }
}
