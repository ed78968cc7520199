package com.tripavail.booking;

/** What kind of package a booking is for. */
public enum PackageType {
    HOTEL,
    TOUR
}
