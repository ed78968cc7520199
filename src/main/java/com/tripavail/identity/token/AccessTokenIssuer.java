package com.tripavail.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints RS256 access tokens with the current key; mpJwt verifies them on every protected call. The
 * {@code sid} claim names the session (the refresh-token family), so ending a session also ends
 * its access tokens ({@link SessionRevocations}).
 */
@ApplicationScoped
public class AccessTokenIssuer {
    public record AccessToken(String value, long expiresIn) {}

    private final JwtSettings settings = JwtSettings.fromEnvironment();

    public AccessToken mint(UUID subject, String role, UUID sessionId, Instant now) {
        return new AccessToken(
                sign(SigningKeys.get(), settings, subject.toString(), List.of(role), sessionId.toString(), now),
                settings.expiresInSeconds());
    }

    /** How long an access token minted now stays valid: a revoked session is remembered as long. */
    public long expiresInSeconds() {
        return settings.expiresInSeconds();
    }

    public long refreshExpiresInSeconds() {
        return settings.refreshExpiresInSeconds();
    }

    static String sign(SigningKeys keys, JwtSettings settings, String subject, List<String> groups, Instant now) {
        return sign(keys, settings, subject, groups, null, now);
    }

    static String sign(
            SigningKeys keys,
            JwtSettings settings,
            String subject,
            List<String> groups,
            String sessionId,
            Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(settings.issuer());
        claims.setAudience(settings.audience());
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", groups);
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.getEpochSecond() + settings.expiresInSeconds()));
        claims.setJwtId(UUID.randomUUID().toString());
        if (sessionId != null) {
            claims.setClaim(SessionRevocations.CLAIM, sessionId);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.current().getPrivateKey());
        jws.setKeyIdHeaderValue(keys.current().getKeyId());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }
}
