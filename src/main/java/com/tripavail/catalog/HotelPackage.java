package com.tripavail.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** Rooms at one property: {@code price} is per room per night; {@code nights} is the minimum stay. */
@Entity
@Table(name = "hotel_packages")
public class HotelPackage extends CatalogPackage {
    @Column(name = "property_id", nullable = false, updatable = false)
    private long propertyId;

    @Column(nullable = false)
    private int nights;

    @Column(name = "max_guests", nullable = false)
    private int maxGuests;

    protected HotelPackage() {
        // JPA
    }

    public HotelPackage(
            long providerId,
            long propertyId,
            String title,
            String description,
            int nights,
            Money price,
            int maxGuests,
            List<String> inclusions,
            CancellationPolicy policy,
            Instant now) {
        super(providerId, title, description, price, inclusions, policy, now);
        this.propertyId = propertyId;
        this.nights = nights;
        this.maxGuests = maxGuests;
    }

    public void resize(Integer nights, Integer maxGuests, Instant now) {
        if (nights != null) {
            this.nights = nights;
        }
        if (maxGuests != null) {
            this.maxGuests = maxGuests;
        }
        touch(now);
    }

    public long propertyId() {
        return propertyId;
    }

    public int nights() {
        return nights;
    }

    public int maxGuests() {
        return maxGuests;
    }
}
