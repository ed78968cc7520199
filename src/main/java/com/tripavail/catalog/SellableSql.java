package com.tripavail.catalog;

/**
 * What can be sold, in SQL, once for every statement that asks (listings, hold, confirm and the
 * payment's settlement): a package is sellable when it is published, its provider approved and, for
 * a hotel, its property approved. Aliases: {@code hp}, {@code p}, {@code pv} for hotels; {@code tp},
 * {@code pv} for tours. The detail pages check the same rule on the entities they show
 * ({@link PublicCatalog}).
 */
final class SellableSql {
    static final String HOTEL_FROM = "hotel_packages hp JOIN properties p ON p.id = hp.property_id"
            + " JOIN providers pv ON pv.id = hp.provider_id";
    static final String HOTEL_WHERE = "hp.status = 'PUBLISHED' AND p.status = 'APPROVED' AND pv.status = 'APPROVED'";
    static final String TOUR_FROM = "tour_packages tp JOIN providers pv ON pv.id = tp.provider_id";
    static final String TOUR_WHERE = "tp.status = 'PUBLISHED' AND pv.status = 'APPROVED'";

    private SellableSql() {}
}
