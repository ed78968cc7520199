package com.tripavail.provider;

public enum ProviderKind {
    HOTEL,
    TOUR_OPERATOR
}
