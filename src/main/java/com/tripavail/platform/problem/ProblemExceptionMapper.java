package com.tripavail.platform.problem;

import com.tripavail.platform.web.RequestIds;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The single exit for every error inside JAX-RS: problem+json, never a stack trace. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return respond(
                exception, uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
    }

    static Response respond(Throwable exception, String instance) {
        ExceptionClassifier.Classified c = ExceptionClassifier.classify(exception);
        String requestId = RequestIds.current();
        if (c.unexpected()) {
            LOG.log(Level.SEVERE, "Unexpected error, requestId=" + requestId, exception);
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "Request refused: " + c.code() + " " + c.detail());
        }
        Problem problem = Problem.of(c.status(), c.code(), c.detail(), instance, requestId, c.errors());
        Response.ResponseBuilder builder =
                Response.status(c.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (exception instanceof DomainException d) {
            d.headers().forEach(builder::header);
        }
        if (exception instanceof NotAllowedException na && na.getResponse() != null) {
            builder.allow(na.getResponse().getAllowedMethods());
        }
        return builder.build();
    }
}
