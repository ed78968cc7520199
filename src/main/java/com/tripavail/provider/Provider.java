package com.tripavail.provider;

import com.tripavail.platform.persistence.PublicEntity;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.problem.Lifecycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A hotel or tour business; publishes only while APPROVED. Status changes only through review methods. */
@Entity
@Table(name = "providers")
public class Provider extends PublicEntity {
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

    protected Provider() {
        // JPA
    }

    public Provider(
            UUID ownerId,
            String legalName,
            ProviderKind kind,
            String country,
            String contactEmail,
            String phone,
            Instant now) {
        super(now);
        this.ownerId = Objects.requireNonNull(ownerId);
        this.legalName = Objects.requireNonNull(legalName).trim();
        this.kind = Objects.requireNonNull(kind);
        this.country = Objects.requireNonNull(country);
        this.contactEmail = Objects.requireNonNull(contactEmail).trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = Objects.requireNonNull(phone).trim();
        this.status = ProviderStatus.PENDING;
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
        this.status = Lifecycle.transition("A provider", status, next);
        this.statusReason = reason;
        touch(now);
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
}
