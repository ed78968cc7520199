package com.tripavail.testenv;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;

/** What {@link HotelPackages} and {@link TourPackages} share: the create request and who sends it. */
abstract class PackageBuilder<B extends PackageBuilder<B>> {
    final Accounts.Session owner;
    final Map<String, Object> body;
    private final String collection;

    PackageBuilder(Accounts.Session owner, Map<String, Object> body, String collection) {
        this.owner = owner;
        this.body = body;
        this.collection = collection;
    }

    abstract B self();

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
        return owner.as().body(body).post(collection).then().statusCode(201).extract();
    }

    /** Created as a DRAFT; its id. */
    public String draft() {
        return created().path("id");
    }

    /** Publishes the package {@code id} (through the publishing gate, so its provider must be approved). */
    void publish(String id) {
        owner.as().post(collection + "/" + id + "/publish").then().statusCode(200);
    }
}
