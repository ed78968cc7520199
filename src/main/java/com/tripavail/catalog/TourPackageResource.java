package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.CreateTourPackage;
import com.tripavail.catalog.CatalogDtos.DepartureRequest;
import com.tripavail.catalog.CatalogDtos.PatchTourPackage;
import com.tripavail.catalog.CatalogDtos.TourPackageView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

@Path("/v1/tour-packages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TourPackageResource {
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
    public Page<TourPackageView> list(
            @QueryParam("destination") String destination,
            @QueryParam("country") String country,
            @QueryParam("minPrice") Long minPrice,
            @QueryParam("maxPrice") Long maxPrice,
            @QueryParam("guests") Integer guests,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return listing.tours(new ListingQuery(
                destination, country, minPrice, maxPrice, guests, from, to, null, sort, cursor, Page.limit(limit)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public TourPackageView detail(
            @PathParam("id") UUID id, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return publicCatalog.tour(id, from, to);
    }

    @GET
    @Path("/{id}/draft")
    @RolesAllowed(CurrentUser.PROVIDER)
    public Response own(@PathParam("id") UUID id) {
        return endpoints.own(PackageKind.TOUR, id);
    }

    @POST
    @RolesAllowed(CurrentUser.PROVIDER)
    public Response create(@Valid @NotNull CreateTourPackage request) {
        return endpoints.created(PackageKind.TOUR, catalog.createTour(user.id(), request));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PROVIDER)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PatchTourPackage request) {
        return endpoints.ok(
                PackageKind.TOUR, catalog.patchTour(user.id(), id, ETags.expectedVersion(ifMatch), request), id);
    }

    /** Appends one of the caller's stored PACKAGE_IMAGE uploads to the package's ordered images. */
    @POST
    @Path("/{id}/images")
    @RolesAllowed(CurrentUser.PROVIDER)
    public Response addImage(@PathParam("id") UUID id, @Valid @NotNull AddImage request) {
        return endpoints.addImage(PackageKind.TOUR, id, request.fileId());
    }

    /** {@code publish} (through the publishing gate), {@code unpublish} or {@code archive}. */
    @POST
    @Path("/{id}/{action: publish|unpublish|archive}")
    @RolesAllowed(CurrentUser.PROVIDER)
    public TourPackageView change(@PathParam("id") UUID id, @PathParam("action") String action) {
        return endpoints.change(PackageKind.TOUR, id, action);
    }

    @POST
    @Path("/{id}/departures")
    @RolesAllowed(CurrentUser.PROVIDER)
    public Response departure(@PathParam("id") UUID id, @Valid @NotNull DepartureRequest request) {
        return Response.status(201)
                .entity(catalog.addDeparture(user.id(), id, request))
                .build();
    }
}
