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

@Path("/v1/hotel-packages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
    public HotelPackageView detail(
            @PathParam("id") UUID id,
            @QueryParam("checkIn") LocalDate checkIn,
            @QueryParam("checkOut") LocalDate checkOut) {
        return publicCatalog.hotel(id, checkIn, checkOut);
    }

    @GET
    @Path("/{id}/availability")
    @PermitAll
    public HotelPackageView availability(
            @PathParam("id") UUID id,
            @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        return publicCatalog.hotel(id, from, to);
    }

    @GET
    @Path("/{id}/draft")
    @RolesAllowed(CurrentUser.PROVIDER)
    public Response own(@PathParam("id") UUID id) {
        return endpoints.own(PackageKind.HOTEL, id);
    }

    @POST
    @RolesAllowed(CurrentUser.PROVIDER)
    public Response create(@Valid @NotNull CreateHotelPackage request) {
        return endpoints.created(PackageKind.HOTEL, catalog.createHotel(user.id(), request));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PROVIDER)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
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
    public Response addImage(@PathParam("id") UUID id, @Valid @NotNull AddImage request) {
        return endpoints.addImage(PackageKind.HOTEL, id, request.fileId());
    }

    /** {@code publish} (through the publishing gate), {@code unpublish} or {@code archive}. */
    @POST
    @Path("/{id}/{action: publish|unpublish|archive}")
    @RolesAllowed(CurrentUser.PROVIDER)
    public HotelPackageView change(@PathParam("id") UUID id, @PathParam("action") String action) {
        return endpoints.change(PackageKind.HOTEL, id, action);
    }

    @PUT
    @Path("/{id}/inventory")
    @RolesAllowed(CurrentUser.PROVIDER)
    public Response inventory(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InventoryRequest request) {
        return endpoints.ok(
                PackageKind.HOTEL, catalog.setInventory(user.id(), id, ETags.expectedVersion(ifMatch), request), id);
    }
}
