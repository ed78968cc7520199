package com.tripavail.platform.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@code DATABASE_URL} in either form a deployment may hand us — {@code postgresql://user:pass@host:port/db}
 * (what most platforms export) or {@code jdbc:postgresql://host:port/db?user=...} — as the JDBC URL, user and
 * password the driver wants.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    public static DatabaseUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL is empty");
        }
        String value = raw.trim();
        if (value.startsWith("jdbc:postgresql:")) {
            return fromJdbc(value);
        }
        if (!value.startsWith("postgresql://") && !value.startsWith("postgres://")) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgresql:// or jdbc:postgresql://");
        }
        URI uri = URI.create(value);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL has no host");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + path + query, user, password);
    }

    /** Lifts {@code user}/{@code password} out of the query so they travel as driver properties. */
    private static DatabaseUrl fromJdbc(String value) {
        int q = value.indexOf('?');
        if (q < 0) {
            return new DatabaseUrl(value, null, null);
        }
        String user = null;
        String password = null;
        StringBuilder rest = new StringBuilder();
        for (String pair : value.substring(q + 1).split("&")) {
            if (pair.startsWith("user=")) {
                user = decode(pair.substring(5));
            } else if (pair.startsWith("password=")) {
                password = decode(pair.substring(9));
            } else if (!pair.isEmpty()) {
                rest.append(rest.length() == 0 ? "?" : "&").append(pair);
            }
        }
        return new DatabaseUrl(value.substring(0, q) + rest, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + user + "]";
    }
}
