package com.tripavail.media;

import java.util.Set;

/** What a file is for decides which types it may be and how large. */
public enum UploadPurpose {
    PACKAGE_IMAGE(Set.of(ContentType.JPEG, ContentType.PNG, ContentType.WEBP)),
    PROPERTY_IMAGE(Set.of(ContentType.JPEG, ContentType.PNG, ContentType.WEBP)),
    VERIFICATION_DOCUMENT(Set.of(ContentType.PDF));

    private final Set<ContentType> allowed;

    UploadPurpose(Set<ContentType> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(ContentType type) {
        return allowed.contains(type);
    }

    public boolean isDocument() {
        return this == VERIFICATION_DOCUMENT;
    }
}
