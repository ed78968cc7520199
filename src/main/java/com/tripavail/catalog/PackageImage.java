package com.tripavail.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One image of a hotel or tour package, at a position in the package's ordered list. */
@Entity
@Table(name = "package_images")
public class PackageImage {
    @Id
    @SequenceGenerator(name = "tripavail_id", sequenceName = "tripavail_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tripavail_id")
    private Long id;

    @Column(name = "hotel_package_id", updatable = false)
    private Long hotelPackageId;

    @Column(name = "tour_package_id", updatable = false)
    private Long tourPackageId;

    @Column(name = "file_id", nullable = false, updatable = false)
    private UUID fileId;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PackageImage() {
        // JPA
    }

    PackageImage(CatalogPackage owner, UUID fileId, int position, Instant now) {
        if (owner instanceof HotelPackage) {
            this.hotelPackageId = owner.id();
        } else {
            this.tourPackageId = owner.id();
        }
        this.fileId = Objects.requireNonNull(fileId);
        this.position = position;
        this.createdAt = now;
    }
}
