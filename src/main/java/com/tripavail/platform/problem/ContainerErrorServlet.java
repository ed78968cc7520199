package com.tripavail.platform.problem;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.web.RequestIds;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page (web.xml) for statuses a container component answers with {@code sendError} or an
 * exception before JAX-RS runs: the client still gets problem+json, never the server's HTML page
 * with its class names and message ids. The web container refuses {@code /WEB-INF/...} and {@code
 * /META-INF/...} (also reached through {@code ..%2f}) before any filter runs, so such a request gets
 * its request id here. (mpJwt refusing a token is not one of these: it only sets the status; see
 * {@code identity.token.BearerTokenFilter}.)
 */
@WebServlet(urlPatterns = "/_problem")
public class ContainerErrorServlet extends HttpServlet {
    @Inject
    Jsonb jsonb;

    @Inject
    AppConfig config;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requestId = RequestIds.current();
        if (requestId == null) {
            requestId = RequestIds.acceptOrGenerate(request.getHeader(config.requestIdHeader()));
            response.setHeader(config.requestIdHeader(), requestId);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status)) {
            ProblemWriter.write(
                    jsonb, request.getRequestURI(), response, 404, "not_found", "No resource at this path", requestId);
            return;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? request.getRequestURI() : uri.toString();
        response.resetBuffer();
        switch (status) {
            case 401 -> {
                response.setHeader(Unauthorized.HEADER, Unauthorized.CHALLENGE);
                ProblemWriter.write(
                        jsonb, instance, response, 401, Unauthorized.CODE, Unauthorized.MISSING_DETAIL, requestId);
            }
            case 403 ->
                ProblemWriter.write(
                        jsonb, instance, response, 403, "forbidden", "You are not allowed to do this", requestId);
            case 404 ->
                ProblemWriter.write(jsonb, instance, response, 404, "not_found", "No resource at this path", requestId);
            default ->
                ProblemWriter.write(
                        jsonb, instance, response, status, "http_" + status, StatusTitles.title(status), requestId);
        }
    }
}
