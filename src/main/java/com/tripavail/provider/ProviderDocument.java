package com.tripavail.provider;

import com.tripavail.platform.persistence.PublicEntity;
import com.tripavail.platform.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A verification document on file: an uploaded PDF, valid through {@code expiresOn}. */
@Entity
@Table(name = "provider_documents")
public class ProviderDocument extends PublicEntity {
    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentType type;

    @Column(name = "file_id", nullable = false, updatable = false)
    private UUID fileId;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "warned_at")
    private Instant warnedAt;

    protected ProviderDocument() {
        // JPA
    }

    public ProviderDocument(
            Provider provider, DocumentType type, UUID fileId, LocalDate expiresOn, LocalDate today, Instant now) {
        super(now);
        if (!expiresOn.isAfter(today)) {
            throw DomainException.invalidField("expiresOn", "must be in the future");
        }
        this.providerId = provider.id();
        this.type = Objects.requireNonNull(type);
        this.fileId = Objects.requireNonNull(fileId);
        this.expiresOn = expiresOn;
    }

    /** The one expiry warning this document gets. */
    public void markWarned(Instant now) {
        if (warnedAt != null) {
            throw new IllegalStateException("Document " + publicId() + " was already warned about");
        }
        this.warnedAt = now;
        touch(now);
    }

    public long providerId() {
        return providerId;
    }

    public DocumentType type() {
        return type;
    }

    public UUID fileId() {
        return fileId;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant warnedAt() {
        return warnedAt;
    }
}
