package com.tripavail.testenv;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A tour package through the API, described by name: {@code TourPackages.of(setup).price(4_500)
 * .departure(date, 12).publish()}. Unset, a tour goes to a destination of its own, costs 45.00 EUR per
 * person and refunds half until 2 days before.
 */
public final class TourPackages {
    private final CatalogFixtures.TourSetup setup;
    private final Map<String, Object> body;
    private final Map<LocalDate, Integer> departures = new LinkedHashMap<>();

    private TourPackages(CatalogFixtures.TourSetup setup) {
        this.setup = setup;
        this.body = CatalogFixtures.tourPackage("Dest-" + UUID.randomUUID(), 4_500);
    }

    public static TourPackages of(CatalogFixtures.TourSetup setup) {
        return new TourPackages(setup);
    }

    /** The price per person, in EUR cents; the title says it ("Tour 4500"). */
    public TourPackages price(long minor) {
        body.put("pricePerPerson", Map.of("amountMinor", minor, "currency", "EUR"));
        body.put("title", "Tour " + minor);
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

    public TourPackages cancellation(Map<String, Object> policy) {
        return with("cancellationPolicy", policy);
    }

    /** Any other field of the create request, as the API names it. */
    public TourPackages with(String field, Object value) {
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
                .post("/v1/tour-packages")
                .then()
                .statusCode(201)
                .extract();
    }

    /** Created, with its departures, and published; its id. */
    public String publish() {
        String id = created().path("id");
        departures.forEach((date, seats) -> setup.owner()
                .as()
                .body(Map.of("date", date.toString(), "seats", seats))
                .post("/v1/tour-packages/" + id + "/departures")
                .then()
                .statusCode(201));
        setup.owner().as().post("/v1/tour-packages/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
