package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.CreateHotelPackage;
import com.tripavail.catalog.CatalogDtos.HotelPackageView;
import com.tripavail.catalog.CatalogDtos.InventoryRequest;
import com.tripavail.catalog.CatalogDtos.PatchHotelPackage;
import com.tripavail.media.AddImage;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/hotel-packages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Catalog: hotels",
        description = "Hotel packages: public listings and details, the owner's drafts and inventory")
public class HotelPackageResource {
    @Inject
    CatalogService catalog;

    @Inject
    PublicCatalog publicCatalog;

    @Inject
    PackageEndpoints endpoints;

    @Inject
    CatalogListing listing;

    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    @Operation(operationId = "listHotelPackages", summary = "Published hotel packages, filtered and sorted")
    @APIResponse(responseCode = "200", description = "a page of packages")
    public Page<HotelPackageView> list(
            @QueryParam("city") String city,
            @QueryParam("country") String country,
            @QueryParam("minPrice") Long minPrice,
            @QueryParam("maxPrice") Long maxPrice,
            @QueryParam("guests") Integer guests,
            @QueryParam("units") Integer units,
            @QueryParam("checkIn") LocalDate checkIn,
            @QueryParam("checkOut") LocalDate checkOut,
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return listing.hotels(new ListingQuery(
                city, country, minPrice, maxPrice, guests, checkIn, checkOut, units, sort, cursor, Page.limit(limit)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            operationId = "getHotelPackage",
            summary = "A published hotel package, with availability when dates are given")
    @APIResponse(responseCode = "200", description = "the package")
    @APIResponse(responseCode = "404", description = "not_found")
    public HotelPackageView detail(
            @PathParam("id") UUID id,
            @QueryParam("checkIn") LocalDate checkIn,
            @QueryParam("checkOut") LocalDate checkOut) {
        return publicCatalog.hotel(id, checkIn, checkOut);
    }

    @GET
    @Path("/{id}/availability")
    @PermitAll
    @Operation(operationId = "getHotelAvailability", summary = "Rooms available per night of [from, to)")
    @APIResponse(responseCode = "200", description = "the package with availability")
    @APIResponse(responseCode = "404", description = "not_found")
    public HotelPackageView availability(
            @PathParam("id") UUID id,
            @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        return publicCatalog.hotel(id, from, to);
    }

    @GET
    @Path("/{id}/draft")
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(operationId = "getHotelPackageDraft", summary = "The owner's view of a hotel package in any status")
    @SecurityRequirement(name = "bearer")
    @APIResponse(
            responseCode = "200",
            description = "the package",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = HotelPackageView.class)),
            headers = {@Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", description = "not_found")
    public Response own(@PathParam("id") UUID id) {
        return endpoints.own(PackageKind.HOTEL, id);
    }

    @POST
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(operationId = "createHotelPackage", summary = "Create a hotel package (status DRAFT)")
    @SecurityRequirement(name = "bearer")
    @APIResponse(
            responseCode = "201",
            description = "the package; Location is its draft view",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = HotelPackageView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "403", description = "forbidden, provider_not_approved, property_not_approved")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "not_a_hotel_provider")
    public Response create(@Valid @NotNull CreateHotelPackage request) {
        return endpoints.created(PackageKind.HOTEL, catalog.createHotel(user.id(), request));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PROVIDER)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateHotelPackage",
            summary = "Change some fields of a hotel package (If-Match honoured)")
    @SecurityRequirement(name = "bearer")
    @APIResponse(
            responseCode = "200",
            description = "the package",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = HotelPackageView.class)),
            headers = {@Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "package_archived")
    @APIResponse(responseCode = "412", description = "precondition_failed")
    public Response patch(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PatchHotelPackage request) {
        return endpoints.ok(
                PackageKind.HOTEL, catalog.patchHotel(user.id(), id, ETags.expectedVersion(ifMatch), request), id);
    }

    /** Appends one of the caller's stored PACKAGE_IMAGE uploads to the package's ordered images. */
    @POST
    @Path("/{id}/images")
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(
            operationId = "addHotelPackageImage",
            summary = "Append a stored PACKAGE_IMAGE upload to a hotel package")
    @SecurityRequirement(name = "bearer")
    @APIResponse(
            responseCode = "201",
            description = "the package",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = HotelPackageView.class)))
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(
            responseCode = "409",
            description =
                    "package_archived, upload_not_stored, wrong_upload_purpose, image_already_added, too_many_images")
    public Response addImage(@PathParam("id") UUID id, @Valid @NotNull AddImage request) {
        return endpoints.addImage(PackageKind.HOTEL, id, request.fileId());
    }

    /** {@code publish} (through the publishing gate), {@code unpublish} or {@code archive}. */
    @POST
    @Path("/{id}/{action: publish|unpublish|archive}")
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(
            operationId = "changeHotelPackageStatus",
            summary = "Publish (through the publishing gate), unpublish or archive a hotel package")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "the package")
    @APIResponse(responseCode = "403", description = "forbidden, provider_not_approved, property_not_approved")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "invalid_transition, package_archived")
    public HotelPackageView change(@PathParam("id") UUID id, @PathParam("action") String action) {
        return endpoints.change(PackageKind.HOTEL, id, action);
    }

    @PUT
    @Path("/{id}/inventory")
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(operationId = "setHotelInventory", summary = "Set the rooms available per night of [from, to)")
    @SecurityRequirement(name = "bearer")
    @APIResponse(
            responseCode = "200",
            description = "the package",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = HotelPackageView.class)),
            headers = {@Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "inventory_below_committed (nothing changed), package_archived")
    @APIResponse(responseCode = "412", description = "precondition_failed")
    public Response inventory(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InventoryRequest request) {
        return endpoints.ok(
                PackageKind.HOTEL, catalog.setInventory(user.id(), id, ETags.expectedVersion(ifMatch), request), id);
    }
}
