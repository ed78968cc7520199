package com.tripavail.testenv;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;

/** What {@link HotelPackages} and {@link TourPackages} share: the create request and who sends it. */
abstract class PackageBuilder<B extends PackageBuilder<B>> {
    /** What differs between the kinds: where packages are created, the price's field, the title's word. */
    record Kind(String collection, String priceField, String titlePrefix) {}

    static final Kind HOTEL = new Kind("/v1/hotel-packages", "price", "Stay ");
    static final Kind TOUR = new Kind("/v1/tour-packages", "pricePerPerson", "Tour ");

    final Accounts.Session owner;
    final Map<String, Object> body;
    private final Kind kind;

    PackageBuilder(Accounts.Session owner, Map<String, Object> body, Kind kind) {
        this.owner = owner;
        this.body = body;
        this.kind = kind;
    }

    abstract B self();

    /**
     * The price in EUR cents (a hotel's per room and night, a tour's per person); the title says it
     * ("Stay 9000", "Tour 4500").
     */
    public B price(long minor) {
        body.put(kind.priceField(), Map.of("amountMinor", minor, "currency", "EUR"));
        body.put("title", kind.titlePrefix() + minor);
        return self();
    }

    public B cancellation(Map<String, Object> policy) {
        return with("cancellationPolicy", policy);
    }

    /** Any other field of the create request, as the API names it. */
    public B with(String field, Object value) {
        body.put(field, value);
        return self();
    }

    public Map<String, Object> body() {
        return body;
    }

    /** Created as a DRAFT by its owner: the 201 answer (id, ETag, Location). */
    public ExtractableResponse<Response> created() {
        return owner.as()
                .body(body)
                .post(kind.collection())
                .then()
                .statusCode(201)
                .extract();
    }

    /** Created as a DRAFT; its id. */
    public String draft() {
        return created().path("id");
    }

    /** Publishes the package {@code id} (through the publishing gate, so its provider must be approved). */
    void publish(String id) {
        owner.as().post(kind.collection() + "/" + id + "/publish").then().statusCode(200);
    }
}
