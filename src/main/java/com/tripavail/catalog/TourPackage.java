package com.tripavail.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A guided tour with departures: {@code price} is per person. */
@Entity
@Table(name = "tour_packages")
public class TourPackage extends CatalogPackage {
    /** For a tour whose country has no zone in the tz database, and what tours were before they had one. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    @Column(nullable = false)
    private String destination;

    @Column(nullable = false)
    private String country;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(name = "max_group_size", nullable = false)
    private int maxGroupSize;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    protected TourPackage() {
        // JPA
    }

    public TourPackage(
            long providerId,
            String title,
            String description,
            String destination,
            String country,
            ZoneId timeZone,
            int durationDays,
            Money pricePerPerson,
            int maxGroupSize,
            List<String> inclusions,
            CancellationPolicy policy,
            Instant now) {
        super(providerId, title, description, pricePerPerson, inclusions, policy, now);
        this.destination = destination.trim();
        this.country = country;
        this.timeZone = timeZone.getId();
        this.durationDays = durationDays;
        this.maxGroupSize = maxGroupSize;
    }

    public void reshape(
            String destination,
            String country,
            ZoneId timeZone,
            Integer durationDays,
            Integer maxGroupSize,
            Instant now) {
        if (destination != null) {
            this.destination = destination.trim();
        }
        if (country != null) {
            this.country = country;
        }
        if (timeZone != null) {
            this.timeZone = timeZone.getId();
        }
        if (durationDays != null) {
            this.durationDays = durationDays;
        }
        if (maxGroupSize != null) {
            this.maxGroupSize = maxGroupSize;
        }
        touch(now);
    }

    public String destination() {
        return destination;
    }

    public String country() {
        return country;
    }

    /** Where the tour starts: departure dates and "today" are dates in this zone. */
    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public int durationDays() {
        return durationDays;
    }

    public int maxGroupSize() {
        return maxGroupSize;
    }
}
