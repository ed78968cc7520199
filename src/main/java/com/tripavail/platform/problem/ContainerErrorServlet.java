package com.tripavail.platform.problem;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page (web.xml) for statuses a container component answers with {@code sendError} before
 * JAX-RS runs: the client still gets problem+json, never the server's HTML page. (mpJwt refusing a
 * token is not one of them: it only sets the status; see {@code identity.token.BearerTokenFilter}.)
 */
@WebServlet(urlPatterns = "/_problem")
public class ContainerErrorServlet extends HttpServlet {
    @Inject
    Jsonb jsonb;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status)) {
            ProblemWriter.write(jsonb, request, response, 404, "not_found", "No resource at this path");
            return;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? request.getRequestURI() : uri.toString();
        switch (status) {
            case 401 -> {
                response.setHeader(Unauthorized.HEADER, Unauthorized.CHALLENGE);
                ProblemWriter.write(jsonb, instance, response, 401, Unauthorized.CODE, Unauthorized.MISSING_DETAIL);
            }
            case 403 ->
                ProblemWriter.write(jsonb, instance, response, 403, "forbidden", "You are not allowed to do this");
            default ->
                ProblemWriter.write(jsonb, instance, response, status, "http_" + status, StatusTitles.title(status));
        }
    }
}
