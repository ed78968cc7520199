package com.tripavail.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.UUID;

/**
 * What every entity clients can address has: an internal sequence id (preallocated 50 at a
 * time, never IDENTITY), the opaque public UUID clients see, timestamps in UTC and an optimistic
 * version.
 */
@MappedSuperclass
public abstract class PublicEntity extends TimestampedEntity {
    @Id
    @SequenceGenerator(name = "tripavail_id", sequenceName = "tripavail_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tripavail_id")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    protected PublicEntity() {
        // JPA
    }

    protected PublicEntity(Instant now) {
        super(now);
        this.publicId = UUID.randomUUID();
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }
}
