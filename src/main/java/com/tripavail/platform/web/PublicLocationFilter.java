package com.tripavail.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Every {@code Location} the API sends points at the configured public base URL. JAX-RS resolves a
 * relative {@code Response.created(...)} against the request's base URI, which it builds from the
 * Host header: a forged Host came back in the Location. Only the path and query are kept.
 */
@Provider
public class PublicLocationFilter implements ContainerResponseFilter {
    @Inject
    EdgeConfig config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = location instanceof URI u ? u : URI.create(location.toString());
        response.getHeaders()
                .putSingle(
                        HttpHeaders.LOCATION,
                        PublicBaseUrl.resolve(config.publicBase(), uri.getRawPath(), uri.getRawQuery()));
    }
}
