package com.tripavail.provider;

import com.tripavail.platform.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A hotel or tour business; publishes only while APPROVED. Status changes only through review methods. */
@Entity
@Table(name = "providers")
public class Provider {
    @Id
    @SequenceGenerator(name = "tripavail_id", sequenceName = "tripavail_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tripavail_id")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderKind kind;

    @Column(nullable = false)
    private String country;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(nullable = false)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Provider() {
        // JPA
    }

    public Provider(UUID ownerId, String legalName, ProviderKind kind, String country, String contactEmail,
                    String phone, Instant now) {
        this.publicId = UUID.randomUUID();
        this.ownerId = Objects.requireNonNull(ownerId);
        this.legalName = Objects.requireNonNull(legalName).trim();
        this.kind = Objects.requireNonNull(kind);
        this.country = Objects.requireNonNull(country);
        this.contactEmail = Objects.requireNonNull(contactEmail).trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = Objects.requireNonNull(phone).trim();
        this.status = ProviderStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void approve(String reason, Instant now) {
        moveTo(ProviderStatus.APPROVED, reason, now);
    }

    public void reject(String reason, Instant now) {
        moveTo(ProviderStatus.REJECTED, requireReason(reason), now);
    }

    public void suspend(String reason, Instant now) {
        moveTo(ProviderStatus.SUSPENDED, requireReason(reason), now);
    }

    private void moveTo(ProviderStatus next, String reason, Instant now) {
        if (!status.canTransitionTo(next)) {
            throw DomainException.conflict("invalid_transition",
                    "A provider cannot go from " + status + " to " + next);
        }
        this.status = next;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField("reason", "must not be blank");
        }
        return reason.trim();
    }

    public boolean isApproved() {
        return status == ProviderStatus.APPROVED;
    }

    public boolean isOwnedBy(UUID userId) {
        return ownerId.equals(userId);
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String legalName() {
        return legalName;
    }

    public ProviderKind kind() {
        return kind;
    }

    public String country() {
        return country;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String phone() {
        return phone;
    }

    public ProviderStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
