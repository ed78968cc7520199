package com.tripavail.media;

import com.tripavail.platform.persistence.PublicEntity;
import com.tripavail.platform.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One uploaded file's metadata: PENDING until its bytes arrived and passed the checks, then STORED. */
@Entity
@Table(name = "uploads")
public class Upload extends PublicEntity {
    public enum Status {
        PENDING,
        STORED
    }

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private UploadPurpose purpose;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "stored_at")
    private Instant storedAt;

    protected Upload() {
        // JPA
    }

    public Upload(UUID ownerId, UploadPurpose purpose, ContentType type, long sizeBytes, Instant now) {
        super(now);
        this.ownerId = Objects.requireNonNull(ownerId);
        this.purpose = Objects.requireNonNull(purpose);
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.status = Status.PENDING;
    }

    public void stored(String sha256, Instant now) {
        if (status != Status.PENDING) {
            throw DomainException.conflict("upload_already_stored", "This file was already uploaded");
        }
        this.sha256 = Objects.requireNonNull(sha256);
        this.status = Status.STORED;
        this.storedAt = now;
        touch(now);
    }

    public boolean isOwnedBy(UUID userId) {
        return ownerId.equals(userId);
    }

    public ContentType type() {
        return ContentType.fromMediaType(contentType).orElseThrow();
    }

    public UUID ownerId() {
        return ownerId;
    }

    public UploadPurpose purpose() {
        return purpose;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Status status() {
        return status;
    }
}
