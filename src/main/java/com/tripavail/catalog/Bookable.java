package com.tripavail.catalog;

import java.time.ZoneId;
import java.util.UUID;

/**
 * What booking needs to know about a package, handed over by the catalog service so booking never
 * reads catalog tables: internal ids, price per unit, capacity, policy, provider and zone.
 *
 * @param capacityPerUnit guests per room (hotel) or the group size (tour)
 * @param minimumNights   the package's minimum stay (hotel), 0 for tours
 * @param durationDays    length of a tour in days, 0 for hotels
 */
public record Bookable(
        String type,
        long packageId,
        UUID packagePublicId,
        long providerId,
        UUID providerOwnerId,
        String title,
        long priceMinor,
        String currency,
        int capacityPerUnit,
        int minimumNights,
        int durationDays,
        String country,
        ZoneId zone,
        CancellationPolicy policy) {}
