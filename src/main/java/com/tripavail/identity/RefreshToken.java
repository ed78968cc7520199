package com.tripavail.identity;

import com.tripavail.platform.persistence.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One refresh token of a family (a login session). Only its SHA-256 hash is stored. A token is
 * used once: refreshing marks it used and issues its successor in the same family.
 */
@Entity
@Table(name = "refresh_tokens")
@NamedQuery(
        name = "RefreshToken.byHash",
        query = "SELECT t FROM RefreshToken t JOIN FETCH t.user WHERE t.tokenHash = :hash")
@NamedQuery(
        name = "RefreshToken.liveFamiliesOf",
        query = "SELECT DISTINCT t.familyId FROM RefreshToken t WHERE t.user = :user AND t.revokedAt IS NULL")
@NamedQuery(
        name = "RefreshToken.revokeFamily",
        query = "UPDATE RefreshToken t SET t.revokedAt = :now, t.version = t.version + 1"
                + " WHERE t.familyId = :family AND t.revokedAt IS NULL")
public class RefreshToken extends SequencedEntity {
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected RefreshToken() {
        // JPA
    }

    RefreshToken(String tokenHash, UUID familyId, User user, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.familyId = Objects.requireNonNull(familyId);
        this.user = Objects.requireNonNull(user);
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** Presented again after it was rotated: someone holds a copy. */
    public boolean wasRotated() {
        return usedAt != null;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("refresh token is not usable");
        }
        usedAt = now;
    }

    public UUID familyId() {
        return familyId;
    }

    public User user() {
        return user;
    }
}
