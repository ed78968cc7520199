package com.tripavail.search;

import java.util.Locale;

/** The two kinds of package a search document stands for; {@code wire} is what clients see. */
public enum PackageKind {
    HOTEL,
    TOUR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code hotel} or {@code tour}, any case; null when it is neither. */
    static PackageKind fromWire(String value) {
        for (PackageKind k : values()) {
            if (k.wire().equalsIgnoreCase(value.trim())) {
                return k;
            }
        }
        return null;
    }
}
