package com.tripavail.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** Creation and update timestamps in UTC and an optimistic version: what every mutable entity carries. */
@MappedSuperclass
public abstract class TimestampedEntity {
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TimestampedEntity() {
        // JPA
    }

    protected TimestampedEntity(Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    protected final void touch(Instant now) {
        this.updatedAt = now;
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
