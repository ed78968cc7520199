package com.tripavail.platform.problem;

import com.tripavail.platform.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The single exit for every error inside JAX-RS: problem+json, never a stack trace; it never throws. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
        return respond(exception, instance(request));
    }

    /**
     * The problem's {@code instance}: the raw request path as the container read it. Never through
     * {@code UriInfo.getRequestUri()}, which builds a {@code java.net.URI} and throws on a request
     * target that is not one — the mapper would then fail while answering that very request.
     */
    static String instance(HttpServletRequest request) {
        try {
            return request == null ? null : request.getRequestURI();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Response respond(Throwable exception, String instance) {
        String requestId = RequestIds.current();
        try {
            return problemResponse(exception, instance, requestId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Error while mapping an error, requestId=" + requestId, e);
            return Response.status(500)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(
                            500, "internal_error", ExceptionClassifier.INTERNAL_DETAIL, instance, requestId, List.of()))
                    .build();
        }
    }

    private static Response problemResponse(Throwable exception, String instance, String requestId) {
        ExceptionClassifier.Classified c = ExceptionClassifier.classify(exception);
        if (c.unexpected()) {
            LOG.log(Level.SEVERE, "Unexpected error, requestId=" + requestId, exception);
        } else if (ExceptionClassifier.SERVICE_UNAVAILABLE.equals(c.code())) {
            // not the client's doing: ops must see why (pool exhausted, database away), one line, no trace
            LOG.warning(() -> "Answered 503, requestId=" + requestId + ": " + rootCause(exception));
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "Request refused: " + c.code() + " " + c.detail());
        }
        Problem problem = Problem.of(c.status(), c.code(), c.detail(), instance, requestId, c.errors());
        Response.ResponseBuilder builder =
                Response.status(c.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (exception instanceof DomainException d) {
            d.headers().forEach(builder::header);
        }
        if (ExceptionClassifier.SERVICE_UNAVAILABLE.equals(c.code())) {
            builder.header("Retry-After", ExceptionClassifier.RETRY_AFTER_SECONDS);
        }
        if (exception instanceof NotAllowedException na && na.getResponse() != null) {
            builder.allow(na.getResponse().getAllowedMethods());
        }
        return builder.build();
    }

    /** The innermost cause as {@code Class: message}: for the log, never for the client. */
    static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
