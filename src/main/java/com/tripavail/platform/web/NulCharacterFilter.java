package com.tripavail.platform.web;

import com.tripavail.platform.problem.DomainException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose decoded query parameters or path segments contain U+0000 ({@code %00}):
 * 400 {@code validation_failed} naming the parameter, before any resource runs. PostgreSQL cannot
 * store NUL in text, so the value used to reach the database and come back as a 500. (Liberty's
 * web container already answers {@code %00} in the path itself with its own 400; request bodies
 * are checked by {@link StrictJsonParser}.)
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class NulCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String parameter = firstWithNul(request.getUriInfo().getQueryParameters(true));
        if (parameter != null) {
            throw DomainException.invalidField(parameter, StrictJsonParser.NUL_MESSAGE);
        }
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            if (hasNul(segment.getPath())) {
                throw DomainException.invalidField("path", StrictJsonParser.NUL_MESSAGE);
            }
        }
    }

    /** The name of the first parameter whose name or a value contains U+0000, else null. */
    static String firstWithNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (hasNul(p.getKey()) || p.getValue().stream().anyMatch(NulCharacterFilter::hasNul)) {
                return p.getKey().replace('\u0000', '\uFFFD');
            }
        }
        return null;
    }

    private static boolean hasNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }
}
