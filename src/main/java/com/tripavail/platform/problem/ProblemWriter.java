package com.tripavail.platform.problem;

import com.tripavail.platform.web.RequestIds;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** problem+json written by servlet filters, which answer before JAX-RS and its mappers run. */
public final class ProblemWriter {
    private ProblemWriter() {}

    public static void write(
            Jsonb jsonb,
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String code,
            String detail)
            throws IOException {
        write(jsonb, request.getRequestURI(), response, status, code, detail);
    }

    public static void write(
            Jsonb jsonb, String instance, HttpServletResponse response, int status, String code, String detail)
            throws IOException {
        write(jsonb, instance, response, status, code, detail, RequestIds.current());
    }

    public static void write(
            Jsonb jsonb,
            String instance,
            HttpServletResponse response,
            int status,
            String code,
            String detail,
            String requestId)
            throws IOException {
        Problem problem = Problem.of(status, code, detail, instance, requestId, null);
        byte[] body = jsonb.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
