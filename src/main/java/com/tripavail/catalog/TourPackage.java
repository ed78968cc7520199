package com.tripavail.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A guided tour with departures: {@code price} is per person. */
@Entity
@Table(name = "tour_packages")
public class TourPackage extends CatalogPackage {
    @Column(nullable = false)
    private String destination;

    @Column(nullable = false)
    private String country;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(name = "max_group_size", nullable = false)
    private int maxGroupSize;

    protected TourPackage() {
        // JPA
    }

    public TourPackage(
            long providerId,
            String title,
            String description,
            String destination,
            String country,
            int durationDays,
            Money pricePerPerson,
            int maxGroupSize,
            List<String> inclusions,
            CancellationPolicy policy,
            Instant now) {
        super(providerId, title, description, pricePerPerson, inclusions, policy, now);
        this.destination = destination.trim();
        this.country = country;
        this.durationDays = durationDays;
        this.maxGroupSize = maxGroupSize;
    }

    public void reshape(String destination, String country, Integer durationDays, Integer maxGroupSize, Instant now) {
        if (destination != null) {
            this.destination = destination.trim();
        }
        if (country != null) {
            this.country = country;
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

    public int durationDays() {
        return durationDays;
    }

    public int maxGroupSize() {
        return maxGroupSize;
    }
}
