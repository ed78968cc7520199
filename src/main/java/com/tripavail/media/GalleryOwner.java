package com.tripavail.media;

/** What an ordered list of images can belong to, the column that says so, and the uploads it takes. */
public enum GalleryOwner {
    HOTEL_PACKAGE("hotel_package_id", UploadPurpose.PACKAGE_IMAGE),
    TOUR_PACKAGE("tour_package_id", UploadPurpose.PACKAGE_IMAGE),
    PROPERTY("property_id", UploadPurpose.PROPERTY_IMAGE);

    private final String column;
    private final UploadPurpose purpose;

    GalleryOwner(String column, UploadPurpose purpose) {
        this.column = column;
        this.purpose = purpose;
    }

    /** A fixed identifier, never user input, so it can be part of SQL text. */
    String column() {
        return column;
    }

    UploadPurpose purpose() {
        return purpose;
    }
}
