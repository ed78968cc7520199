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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators rebuild the search index and see how far behind it is. */
@Path("/v1/admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: search", description = "The search index")
@SecurityRequirement(name = "bearer")
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
    @Operation(operationId = "rebuildSearchIndex", summary = "Queue every package for indexing and start the job")
    @APIResponse(
            responseCode = "202",
            description = "queued",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = SearchDtos.Reindex.class)))
    public Response reindex() {
        return Response.status(202).entity(index.rebuild(user.id().toString())).build();
    }

    @GET
    @Path("/index")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(operationId = "getSearchIndexStatus", summary = "Index size, queue and lag")
    @APIResponse(responseCode = "200", description = "the index status")
    public IndexStatus status() {
        return index.status();
    }
}
