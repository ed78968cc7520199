package com.tripavail.platform.web;

import java.net.URI;
import java.util.Locale;

/**
 * Absolute URLs the API hands out (Location headers, the https redirect) are built from
 * configuration: {@code PUBLIC_BASE_URL}, else {@code APP_BASE_URL}, else {@code
 * http://localhost:$PORT}. A request's {@code Host} header is never reflected: a forged one would
 * otherwise turn a redirect or a cached Location into a link to another site.
 */
public final class PublicBaseUrl {
    private PublicBaseUrl() {}

    /** The base as {@code scheme://authority} with no path; refuses anything but http(s) with a host. */
    public static URI parse(String configured, String port) {
        String raw = configured == null ? "http://localhost:" + port : configured.trim();
        URI uri = URI.create(raw);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("PUBLIC_BASE_URL must be an http(s) URL with a host");
        }
        return URI.create(scheme + "://" + uri.getRawAuthority());
    }

    /** {@code base} + an absolute path and an optional raw query. */
    public static String resolve(URI base, String rawPath, String rawQuery) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        return base + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }

    /** The same address over https (the production redirect target). */
    public static URI https(URI base) {
        return base.getScheme().equals("https") ? base : URI.create("https://" + base.getRawAuthority());
    }
}
