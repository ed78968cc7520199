package com.tripavail.identity.token;

/** Issuer, audience and lifetimes, read the same way by the minting side and the mpJwt config source. */
public record JwtSettings(String issuer, String audience, long expiresInSeconds, long refreshExpiresInSeconds) {
    public static final String DEFAULT_ISSUER = "tripavail";
    public static final String DEFAULT_AUDIENCE = "tripavail-api";

    public static JwtSettings fromEnvironment() {
        return new JwtSettings(
                or(SigningKeys.setting("JWT_ISSUER"), DEFAULT_ISSUER),
                or(SigningKeys.setting("JWT_AUDIENCE"), DEFAULT_AUDIENCE),
                Long.parseLong(or(SigningKeys.setting("JWT_EXPIRES_IN"), "900")),
                Long.parseLong(or(SigningKeys.setting("JWT_REFRESH_EXPIRES_IN"), "2592000")));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
