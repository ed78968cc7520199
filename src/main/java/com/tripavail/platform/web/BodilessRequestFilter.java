package com.tripavail.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A POST, PUT or PATCH without a body is read as the empty JSON object. JAX-RS would otherwise take
 * the missing Content-Type for {@code application/octet-stream} and answer 415 on every JSON
 * endpoint, and an empty entity is no JSON at all. So bodiless actions (publish, approve without a
 * reason) just work, and an endpoint that needs fields names each missing one.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class BodilessRequestFilter implements ContainerRequestFilter {
    private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    @Override
    public void filter(ContainerRequestContext request) {
        if (WITH_BODY.contains(request.getMethod())
                && !request.hasEntity()
                && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            request.setEntityStream(new ByteArrayInputStream(EMPTY_OBJECT));
        }
    }
}
