package com.tripavail.testenv;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A tour package through the API, described by name: {@code TourPackages.of(setup).price(4_500)
 * .departure(date, 12).publish()}. Unset, a tour goes to a destination of its own, costs 45.00 EUR per
 * person and refunds half until 2 days before.
 */
public final class TourPackages extends PackageBuilder<TourPackages> {
    private final Map<LocalDate, Integer> departures = new LinkedHashMap<>();

    private TourPackages(CatalogFixtures.TourSetup setup) {
        super(setup.owner(), CatalogFixtures.tourPackage("Dest-" + UUID.randomUUID(), 4_500), TOUR);
    }

    public static TourPackages of(CatalogFixtures.TourSetup setup) {
        return new TourPackages(setup);
    }

    @Override
    TourPackages self() {
        return this;
    }

    public TourPackages destination(String destination) {
        return with("destination", destination);
    }

    /** A departure {@link #publish()} adds. */
    public TourPackages departure(LocalDate date, int seats) {
        departures.put(date, seats);
        return this;
    }

    /** Created, with its departures, and published; its id. */
    public String publish() {
        String id = draft();
        departures.forEach((date, seats) ->
                CatalogFixtures.departure(owner, id, date, seats).then().statusCode(201));
        publish(id);
        return id;
    }
}
