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

/**
 * {@code GET /v1/search?q=}: full-text search across hotel and tour packages, typo-tolerant, with
 * the listings' filters and facets. Published, visible packages only.
 */
@Path("/v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject
    SearchService search;

    @GET
    @PermitAll
    public SearchPage search(@BeanParam SearchRequest request) {
        return search.search(request.toQuery());
    }
}
