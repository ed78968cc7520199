package com.tripavail.search;

import com.tripavail.platform.security.CurrentUser;
import com.tripavail.search.SearchDtos.IndexStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Administrators rebuild the search index and see how far behind it is. */
@Path("/v1/admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {
    @Inject
    SearchIndexService index;

    @Inject
    CurrentUser user;

    /** Queues every package for indexing and starts the job: 202 {enqueued, executionId}; audited. */
    @POST
    @Path("/reindex")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CurrentUser.ADMIN)
    public Response reindex() {
        return Response.status(202).entity(index.rebuild(user.id().toString())).build();
    }

    @GET
    @Path("/index")
    @RolesAllowed(CurrentUser.ADMIN)
    public IndexStatus status() {
        return index.status();
    }
}
