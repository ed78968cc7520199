package com.tripavail.catalog;

/** DRAFT → PUBLISHED ⇄ UNPUBLISHED; any but ARCHIVED → ARCHIVED (final). */
public enum PackageStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    public boolean canTransitionTo(PackageStatus next) {
        return switch (this) {
            case DRAFT, UNPUBLISHED -> next == PUBLISHED || next == ARCHIVED;
            case PUBLISHED -> next == UNPUBLISHED || next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}
