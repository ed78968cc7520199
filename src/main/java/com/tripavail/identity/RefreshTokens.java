package com.tripavail.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens: 32 random bytes, base64url, handed to the client once; the database only
 * ever sees their SHA-256. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class RefreshTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    /** @return the raw token for the client */
    public String issue(User user, UUID familyId, Instant now, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new RefreshToken(hash(raw), familyId, user, now, now.plus(lifetime)));
        return raw;
    }

    /** Locks the row, so two refreshes with one token cannot both succeed. */
    public Optional<RefreshToken> findForUpdate(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("RefreshToken.byHash", RefreshToken.class)
                .setParameter("hash", hash(raw))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** @return how many still-valid tokens were revoked */
    public int revokeFamily(UUID familyId, Instant now) {
        return em.createNamedQuery("RefreshToken.revokeFamily")
                .setParameter("family", familyId)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The sessions (families) of {@code user} that still hold an unrevoked token. */
    public List<UUID> liveFamiliesOf(User user) {
        return em.createNamedQuery("RefreshToken.liveFamiliesOf", UUID.class)
                .setParameter("user", user)
                .getResultList();
    }

    static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
