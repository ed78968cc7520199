package com.tripavail.provider;

import com.tripavail.platform.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** A hotel's property profile, reviewed on its own. Its time zone decides which date a night is. */
@Entity
@Table(name = "properties")
public class Property {
    @Id
    @SequenceGenerator(name = "tripavail_id", sequenceName = "tripavail_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tripavail_id")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false)
    private String country;

    private BigDecimal latitude;

    private BigDecimal longitude;

    private String description;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Property() {
        // JPA
    }

    public Property(Provider provider, PropertyDetails details, Instant now) {
        this.publicId = UUID.randomUUID();
        this.provider = Objects.requireNonNull(provider);
        this.name = details.name().trim();
        this.address = details.address().trim();
        this.city = details.city().trim();
        this.country = details.country();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.description = details.description();
        this.timeZone = details.timeZone().getId();
        this.status = ReviewStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What a provider states about a property; checked at the edge by Bean Validation. */
    public record PropertyDetails(String name, String address, String city, String country, BigDecimal latitude,
                                  BigDecimal longitude, String description, ZoneId timeZone) {
    }

    public void approve(String reason, Instant now) {
        review(ReviewStatus.APPROVED, reason, now);
    }

    public void reject(String reason, Instant now) {
        review(ReviewStatus.REJECTED, Provider.requireReason(reason), now);
    }

    private void review(ReviewStatus next, String reason, Instant now) {
        if (!status.canTransitionTo(next)) {
            throw DomainException.conflict("invalid_transition", "A property cannot go from " + status + " to " + next);
        }
        this.status = next;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    public boolean isApproved() {
        return status == ReviewStatus.APPROVED;
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public Provider provider() {
        return provider;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public String description() {
        return description;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public ReviewStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }
}
