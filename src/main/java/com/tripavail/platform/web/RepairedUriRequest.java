package com.tripavail.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the application sees it: request URI, URL and query string made valid URIs by
 * {@link RawUri} (a raw {@code |} in the query used to end in a 500 HTML page with a stack trace,
 * because JAX-RS builds a {@code java.net.URI} from them). Parameters decode to what was sent.
 */
final class RepairedUriRequest extends HttpServletRequestWrapper {
    private final String requestUri;
    private final String queryString;

    RepairedUriRequest(HttpServletRequest request) {
        super(request);
        this.requestUri = RawUri.repair(request.getRequestURI(), RawUri.PATH);
        this.queryString = RawUri.repair(request.getQueryString(), RawUri.QUERY);
    }

    @Override
    public String getRequestURI() {
        return requestUri;
    }

    @Override
    public String getQueryString() {
        return queryString;
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = super.getRequestURL();
        String original = super.getRequestURI();
        if (original == null || original.equals(requestUri)) {
            return url;
        }
        int path = url.lastIndexOf(original);
        return path < 0 ? url : url.replace(path, url.length(), requestUri);
    }
}
