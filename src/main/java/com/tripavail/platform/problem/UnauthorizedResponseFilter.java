package com.tripavail.platform.problem;

import com.tripavail.platform.web.RequestIds;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives Liberty's body-less JAX-RS 401 a problem+json body. Liberty's authorization filter for
 * {@code @RolesAllowed} aborts an anonymous call with {@code Response.status(401)} and no entity
 * (aborted responses skip exception mappers, but not response filters); its attempt to authenticate
 * first leaves mpJwt's {@code WWW-Authenticate} on the servlet response. Requests whose token was
 * refused never get here ({@code BearerTokenFilter} answers them), so these callers sent none: the
 * challenge carries no error code (RFC 6750 section 3.1). The header is set on the servlet response
 * so that it replaces mpJwt's rather than adding a second one.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class UnauthorizedResponseFilter implements ContainerResponseFilter {
    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpServletResponse servletResponse;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 401 || response.hasEntity()) {
            return;
        }
        Problem problem = Problem.of(
                401,
                Unauthorized.CODE,
                Unauthorized.MISSING_DETAIL,
                ProblemExceptionMapper.instance(servletRequest),
                RequestIds.current(),
                null);
        response.getHeaders().remove(Unauthorized.HEADER);
        servletResponse.setHeader(Unauthorized.HEADER, Unauthorized.CHALLENGE);
        response.setEntity(problem, null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
