package com.tripavail.search;

import com.tripavail.search.SearchDtos.SearchPage;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /v1/search?q=}: full-text search across hotel and tour packages, typo-tolerant, with
 * the listings' filters and facets. Published, visible packages only.
 */
@Path("/v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text, typo-tolerant search over published packages")
public class SearchResource {
    @Inject
    SearchService search;

    @GET
    @PermitAll
    @Operation(
            operationId = "searchPackages",
            summary = "Search hotel and tour packages, with the listings' filters and facets")
    @APIResponse(responseCode = "200", description = "a page of hits with facets")
    public SearchPage search(@BeanParam SearchRequest request) {
        return search.search(request.toQuery());
    }
}
