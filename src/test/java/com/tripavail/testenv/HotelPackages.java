package com.tripavail.testenv;

import java.time.LocalDate;

/**
 * A hotel package through the API, described by name: {@code HotelPackages.of(setup).price(9_000)
 * .rooms(3).freeCancellation(7).publish()}. Unset, a package costs 100.00 EUR a night, has one room
 * stocked for the next 60 nights and free cancellation until 7 days before.
 */
public final class HotelPackages extends PackageBuilder<HotelPackages> {
    private int rooms = 1;
    private int stockedNights = 60;

    private HotelPackages(CatalogFixtures.HotelSetup setup) {
        super(setup.owner(), CatalogFixtures.hotelPackage(setup.propertyId(), 10_000), HOTEL);
    }

    public static HotelPackages of(CatalogFixtures.HotelSetup setup) {
        return new HotelPackages(setup);
    }

    @Override
    HotelPackages self() {
        return this;
    }

    /** Rooms per night once {@link #publish() published}. */
    public HotelPackages rooms(int rooms) {
        this.rooms = rooms;
        return this;
    }

    /** How many nights from tomorrow {@link #publish()} stocks. */
    public HotelPackages stockedNights(int nights) {
        this.stockedNights = nights;
        return this;
    }

    public HotelPackages freeCancellation(int daysBefore) {
        return cancellation(CancellationPolicies.free(daysBefore));
    }

    public HotelPackages partialRefund(int daysBefore, int percent) {
        return cancellation(CancellationPolicies.partial(daysBefore, percent));
    }

    public HotelPackages nonRefundable() {
        return cancellation(CancellationPolicies.nonRefundable());
    }

    /** Created, stocked and published; its id. */
    public String publish() {
        String id = draft();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        CatalogFixtures.stock(owner, id, tomorrow, tomorrow.plusDays(stockedNights), rooms);
        publish(id);
        return id;
    }
}
