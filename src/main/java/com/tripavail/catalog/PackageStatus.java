package com.tripavail.catalog;

import com.tripavail.platform.problem.Lifecycle;

/** DRAFT → PUBLISHED ⇄ UNPUBLISHED; any but ARCHIVED → ARCHIVED (final). */
public enum PackageStatus implements Lifecycle<PackageStatus> {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    @Override
    public boolean canTransitionTo(PackageStatus next) {
        return switch (this) {
            case DRAFT, UNPUBLISHED -> next == PUBLISHED || next == ARCHIVED;
            case PUBLISHED -> next == UNPUBLISHED || next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}
