package com.tripavail.identity.token;

import com.tripavail.platform.problem.ProblemWriter;
import com.tripavail.platform.problem.Unauthorized;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Answers every request whose credentials Liberty's mpJwt refused with the API's 401 problem+json.
 * <p>
 * mpJwt alone verifies tokens (signature with the JWKS, pinned RS256, issuer, audience, expiry with
 * the clock skew). It runs in Liberty's web security before the application's filters; the app has
 * no servlet security constraints, so every request carrying an {@code Authorization} header is
 * authenticated as an "unprotected resource" with its credentials (measured). A refused token does
 * not stop the request there: mpJwt only sets status 401 and its own {@code WWW-Authenticate} on the
 * uncommitted response (no {@code sendError}, so no error page applies) and the request goes on
 * without a caller. So here, an {@code Authorization} header without an authenticated caller is
 * exactly mpJwt's refusal, and this filter renders it instead of letting a protected endpoint
 * answer an empty 401 (or a public one answer 200 as if no token had been sent).
 * <p>
 * It also refuses tokens whose {@code kid} names no accepted key: given a JWKS, mpJwt tries every
 * key when the kid matches none (measured: a token signed with the current key under an unknown kid
 * was accepted), which the MicroProfile JWT spec forbids. And it refuses tokens of an ended session
 * (signed out, or its refresh token was reused). Declared in web.xml after rate limiting,
 * so refused tokens still count against the caller's address.
 */
public class BearerTokenFilter extends HttpFilter {
    enum Verdict {
        NO_CREDENTIALS,
        ACCEPTED,
        REJECTED
    }

    @Inject
    Jsonb jsonb;

    @Inject
    SessionRevocations sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Verdict verdict = verdict(
                request.getHeader("Authorization"),
                request.getUserPrincipal() != null,
                SigningKeys.get().acceptedKeyIds());
        if (verdict == Verdict.REJECTED) {
            refuse(request, response, Unauthorized.INVALID_DETAIL);
            return;
        }
        if (verdict == Verdict.ACCEPTED
                && request.getUserPrincipal() instanceof JsonWebToken jwt
                && sessions.isRevoked(jwt.getClaim(SessionRevocations.CLAIM))) {
            refuse(request, response, "The session of this bearer token has ended (signed out); sign in again");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader(Unauthorized.HEADER, Unauthorized.INVALID_TOKEN_CHALLENGE);
        ProblemWriter.write(jsonb, request, response, 401, Unauthorized.CODE, detail);
    }

    /**
     * @param authorization the request's Authorization header
     * @param authenticated whether mpJwt established a caller from it
     * @param acceptedKeyIds the key ids of the accepted JWKS
     */
    static Verdict verdict(String authorization, boolean authenticated, Set<String> acceptedKeyIds) {
        if (authorization == null || authorization.isBlank()) {
            return Verdict.NO_CREDENTIALS;
        }
        if (!authenticated) {
            return Verdict.REJECTED;
        }
        String kid = keyId(bearerToken(authorization));
        // immutable sets throw on contains(null): a verified token without a kid is refused, not a 500
        return kid != null && acceptedKeyIds.contains(kid) ? Verdict.ACCEPTED : Verdict.REJECTED;
    }

    static String bearerToken(String authorization) {
        String value = authorization.trim();
        return value.regionMatches(true, 0, "Bearer ", 0, 7)
                ? value.substring(7).trim()
                : null;
    }

    static String keyId(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            Object kid = JsonUtil.parseJson(header).get("kid");
            return kid instanceof String s ? s : null;
        } catch (IllegalArgumentException | ClassCastException | JoseException e) {
            return null;
        }
    }
}
