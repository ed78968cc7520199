package com.tripavail.media;

import com.tripavail.platform.persistence.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One image at a position in the ordered gallery of a hotel package, a tour package or a property. */
@Entity
@Table(name = "gallery_images")
public class GalleryImage extends SequencedEntity {
    @Column(name = "hotel_package_id", updatable = false)
    private Long hotelPackageId;

    @Column(name = "tour_package_id", updatable = false)
    private Long tourPackageId;

    @Column(name = "property_id", updatable = false)
    private Long propertyId;

    @Column(name = "file_id", nullable = false, updatable = false)
    private UUID fileId;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected GalleryImage() {
        // JPA
    }

    GalleryImage(GalleryOwner owner, long ownerId, UUID fileId, int position, Instant now) {
        switch (owner) {
            case HOTEL_PACKAGE -> this.hotelPackageId = ownerId;
            case TOUR_PACKAGE -> this.tourPackageId = ownerId;
            case PROPERTY -> this.propertyId = ownerId;
        }
        this.fileId = Objects.requireNonNull(fileId);
        this.position = position;
        this.createdAt = now;
    }
}
