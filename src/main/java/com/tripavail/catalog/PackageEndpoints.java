package com.tripavail.catalog;

import com.tripavail.catalog.CatalogService.Action;
import com.tripavail.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * The owner's endpoints of hotel and tour packages, one implementation for both: the resources keep
 * their own paths, parameters and OpenAPI contract and delegate here with their {@link PackageKind}.
 */
@RequestScoped
class PackageEndpoints {
    @Inject
    CatalogService catalog;

    @Inject
    Packages packages;

    @Inject
    CurrentUser user;

    Response own(PackageKind<?, ?> kind, UUID id) {
        return ok(kind, catalog.own(kind, user.id(), id), id);
    }

    /** 201; Location is the owner's draft view, the public detail answers 404 until it is published. */
    <V> Response created(PackageKind<?, V> kind, V created) {
        String id = kind.idOf().apply(created);
        return withETag(
                kind, Response.created(URI.create(kind.path() + id + "/draft")).entity(created), id);
    }

    /** 200 with the package and its current version as the ETag. */
    Response ok(PackageKind<?, ?> kind, Object view, UUID id) {
        return withETag(kind, Response.ok(view), id.toString());
    }

    Response addImage(PackageKind<?, ?> kind, UUID id, UUID fileId) {
        return Response.status(201)
                .entity(catalog.addImage(kind, user.id(), id, fileId))
                .build();
    }

    <V> V change(PackageKind<?, V> kind, UUID id, String action) {
        return catalog.change(kind, user.id(), id, Action.valueOf(action.toUpperCase(Locale.ROOT)));
    }

    private Response withETag(PackageKind<?, ?> kind, Response.ResponseBuilder builder, String id) {
        return builder.tag(ETags.of(packages.versionOf(kind.type(), UUID.fromString(id))))
                .build();
    }
}
