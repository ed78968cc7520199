package com.tripavail.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures have a built-in mapper in the JAX-RS runtime; this more specific one
 * wins over it so they are problem+json like everything else.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemExceptionMapper.respond(exception, ProblemExceptionMapper.instance(request));
    }
}
