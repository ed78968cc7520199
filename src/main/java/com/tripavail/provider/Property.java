package com.tripavail.provider;

import com.tripavail.platform.persistence.PublicEntity;
import com.tripavail.platform.problem.Lifecycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A hotel's property profile, reviewed on its own. Its time zone decides which date a night is. */
@Entity
@Table(name = "properties")
public class Property extends PublicEntity {
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

    protected Property() {
        // JPA
    }

    public Property(Provider provider, PropertyDetails details, Instant now) {
        super(now);
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
    }

    /** What a provider states about a property; checked at the edge by Bean Validation. */
    public record PropertyDetails(
            String name,
            String address,
            String city,
            String country,
            BigDecimal latitude,
            BigDecimal longitude,
            String description,
            ZoneId timeZone) {}

    public void approve(String reason, Instant now) {
        review(ReviewStatus.APPROVED, reason, now);
    }

    public void reject(String reason, Instant now) {
        review(ReviewStatus.REJECTED, Provider.requireReason(reason), now);
    }

    private void review(ReviewStatus next, String reason, Instant now) {
        this.status = Lifecycle.transition("A property", status, next);
        this.statusReason = reason;
        touch(now);
    }

    public boolean isApproved() {
        return status == ReviewStatus.APPROVED;
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
