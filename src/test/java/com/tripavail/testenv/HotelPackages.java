package com.tripavail.testenv;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;

/**
 * A hotel package through the API, described by name: {@code HotelPackages.of(setup).price(9_000)
 * .rooms(3).freeCancellation(7).publish()}. Unset, a package costs 100.00 EUR a night, has one room
 * stocked for the next 60 nights and free cancellation until 7 days before.
 */
public final class HotelPackages {
    private final CatalogFixtures.HotelSetup setup;
    private final Map<String, Object> body;
    private int rooms = 1;
    private int stockedNights = 60;

    private HotelPackages(CatalogFixtures.HotelSetup setup) {
        this.setup = setup;
        this.body = CatalogFixtures.hotelPackage(setup.propertyId(), 10_000);
    }

    public static HotelPackages of(CatalogFixtures.HotelSetup setup) {
        return new HotelPackages(setup);
    }

    /** The price per room and night, in EUR cents; the title says it ("Stay 9000"). */
    public HotelPackages price(long minor) {
        body.put("price", Map.of("amountMinor", minor, "currency", "EUR"));
        body.put("title", "Stay " + minor);
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

    public HotelPackages cancellation(Map<String, Object> policy) {
        return with("cancellationPolicy", policy);
    }

    /** Any other field of the create request, as the API names it. */
    public HotelPackages with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> body() {
        return body;
    }

    /** Created as a DRAFT by its owner: the 201 answer (id, ETag, Location). */
    public ExtractableResponse<Response> created() {
        return setup.owner()
                .as()
                .body(body)
                .post("/v1/hotel-packages")
                .then()
                .statusCode(201)
                .extract();
    }

    /** Created as a DRAFT; its id. */
    public String draft() {
        return created().path("id");
    }

    /** Created, stocked and published; its id. */
    public String publish() {
        String id = draft();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        CatalogFixtures.stock(setup.owner(), id, tomorrow, tomorrow.plusDays(stockedNights), rooms);
        setup.owner().as().post("/v1/hotel-packages/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
