package com.tripavail.platform.problem;

/**
 * The one way the API says 401: problem+json with code {@code unauthorized} and an RFC 6750
 * {@code WWW-Authenticate: Bearer} challenge ({@code error="invalid_token"} when credentials were
 * sent but refused; no error code when none were sent). Used by the servlet filter that renders
 * mpJwt's refusals, by the JAX-RS filter that gives body-less 401s a body, and by application code.
 */
public final class Unauthorized {
    public static final String HEADER = "WWW-Authenticate";
    /** The realm of the application's {@code @LoginConfig}. */
    public static final String REALM = "tripavail";

    public static final String CODE = "unauthorized";
    public static final String CHALLENGE = "Bearer realm=\"" + REALM + "\"";
    public static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";
    public static final String MISSING_DETAIL = "A bearer token is required";
    /** Deliberately the same for every cause (signature, expiry, issuer, audience, key id). */
    public static final String INVALID_DETAIL = "The bearer token is invalid or has expired";

    private Unauthorized() {}

    /** For application code that finds no caller where one is needed. */
    public static DomainException required() {
        return new DomainException(401, CODE, MISSING_DETAIL).withHeader(HEADER, CHALLENGE);
    }
}
