package com.tripavail.identity.token;

import com.tripavail.platform.problem.ProblemWriter;
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
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Liberty's mpJwt, given a JWKS, falls back to trying every key when the token's {@code kid} matches
 * none (measured: a token signed with the current key under an unknown kid was accepted). The
 * MicroProfile JWT spec says an unknown kid must fail, so after mpJwt has verified the signature
 * this filter refuses any token whose kid is not one of the accepted keys. Declared in web.xml.
 */
public class KeyIdFilter extends HttpFilter {
    @Inject
    Jsonb jsonb;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String auth = request.getHeader("Authorization");
        if (request.getUserPrincipal() != null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                && !SigningKeys.get().acceptedKeyIds().contains(keyId(auth.substring(7).trim()))) {
            ProblemWriter.write(jsonb, request, response, 401, "unauthorized", "A valid bearer token is required");
            return;
        }
        chain.doFilter(request, response);
    }

    static String keyId(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            Object kid = JsonUtil.parseJson(header).get("kid");
            return kid instanceof String s ? s : null;
        } catch (IllegalArgumentException | JoseException e) {
            return null;
        }
    }

    static boolean accepted(Set<String> kids, String token) {
        return kids.contains(keyId(token));
    }
}
