package com.tripavail.platform.web;

import com.tripavail.platform.problem.ProblemWriter;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The traveler web pages (docs/web.md): static HTML, CSS and ES modules from the WAR's
 * {@code /web} folder, read once at start-up. Each page route answers the one HTML shell (the
 * modules route in the browser); {@code /assets/*} answers the files. The JAX-RS application is
 * mapped to {@code /*}, so these exact and longer mappings win and the API keeps every other path.
 * Pages get their own strict Content-Security-Policy (no inline script or style, nothing from
 * another origin); the edge filter's headers and CORS stay as they are. Page requests do not
 * count against the API's rate limits (see {@link #isWebFront}).
 */
@WebServlet(
        name = WebFrontServlet.NAME,
        urlPatterns = {"", "/search", "/login", "/signup", "/bookings/*", "/hotels/*", "/tours/*", "/assets/*"},
        loadOnStartup = 1)
public class WebFrontServlet extends HttpServlet {
    static final String NAME = "webFront";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static final String ROOT = "/web";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "webmanifest", "application/manifest+json");

    private record Asset(byte[] body, String contentType, String etag) {}

    private final Map<String, Asset> assets = new HashMap<>();

    @Inject
    Jsonb jsonb;

    /** Whether the request is for the web pages (the servlet mapping decided it, not a path list). */
    public static boolean isWebFront(HttpServletRequest request) {
        return NAME.equals(request.getHttpServletMapping().getServletName());
    }

    @Override
    public void init() throws ServletException {
        try {
            load(ROOT + "/");
        } catch (IOException e) {
            throw new ServletException("Cannot read the web pages", e);
        }
    }

    private void load(String folder) throws IOException {
        Set<String> paths = getServletContext().getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                load(path);
                continue;
            }
            String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
            if (type != null) {
                try (InputStream in = getServletContext().getResourceAsStream(path)) {
                    byte[] body = in.readAllBytes();
                    assets.put(path.substring(ROOT.length()), new Asset(body, type, etag(body)));
                }
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean file = "/assets".equals(request.getServletPath());
        Asset asset = assets.get(file ? "/assets" + request.getPathInfo() : "/index.html");
        if (asset == null) {
            ProblemWriter.write(jsonb, request, response, 404, "not_found", "No page at this path");
            return;
        }
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // no build step, so no fingerprinted names: browsers revalidate, and mostly get a 304
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", asset.etag());
        if (asset.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setContentType(asset.contentType());
        response.setContentLength(asset.body().length);
        response.getOutputStream().write(asset.body());
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(hash)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
