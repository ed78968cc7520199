package com.tripavail.identity.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code Authorization: bearer <token>} (any case: RFC 9110 §11.1 makes the scheme case-insensitive)
 * is verified by mpJwt like {@code Bearer}. Measured on Liberty 26.0.0.3: for a URL without a
 * security constraint (all of ours) web security only hands a request to mpJwt when the header
 * starts with exactly {@code Bearer}; any other spelling reached the filters unauthenticated and was
 * refused as a bad token. mpJwt's own token extraction ignores the case, so this filter asks web
 * security to authenticate such a request now ({@link HttpServletRequest#authenticate}): mpJwt
 * stays the only verifier. Runs before rate limiting, so the caller gets its own bucket.
 */
public class BearerSchemeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null && isOtherBearerSpelling(request.getHeader("Authorization"))) {
            try {
                request.authenticate(response);
            } catch (ServletException e) {
                // refused: the request goes on without a caller and BearerTokenFilter answers 401
            }
            // a refusal leaves mpJwt's status on the uncommitted response; the 401 problem sets its own
            response.setStatus(HttpServletResponse.SC_OK);
        }
        chain.doFilter(request, response);
    }

    /** {@code bearer}, {@code BEARER}, ... but not {@code Bearer}, which web security already handled. */
    static boolean isOtherBearerSpelling(String authorization) {
        if (authorization == null) {
            return false;
        }
        String value = authorization.stripLeading();
        return value.length() > 7 && value.regionMatches(true, 0, "Bearer ", 0, 7) && !value.startsWith("Bearer ");
    }
}
