package com.tripavail.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every entity clients can address has: an internal sequence id (preallocated 50 at a
 * time, never IDENTITY), the opaque public UUID clients see, timestamps in UTC and an optimistic
 * version.
 */
@MappedSuperclass
public abstract class PublicEntity {
    @Id
    @SequenceGenerator(name = "tripavail_id", sequenceName = "tripavail_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tripavail_id")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PublicEntity() {
        // JPA
    }

    protected PublicEntity(Instant now) {
        this.publicId = UUID.randomUUID();
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    protected final void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
