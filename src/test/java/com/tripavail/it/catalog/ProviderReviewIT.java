package com.tripavail.it.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.CatalogFixtures.HotelSetup;
import com.tripavail.testenv.CatalogFixtures.TourSetup;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TourPackages;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider onboarding and review through the real server: the publishing gate (provider and property
 * approved), suspension unpublishing, final rejection, a property's time zone from its place, and the
 * review actions without a body.
 */
@ExtendWith(TripAvailServer.class)
class ProviderReviewIT {
    private static Accounts.Session admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
    }

    @Test
    void onlyApprovedProvidersWithApprovedPropertiesPublish() {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(owner, "HOTEL");
        owner.as().get("/v1/providers/me").then().statusCode(200).body("status", equalTo("PENDING"));
        String city = "Gate-" + System.nanoTime();
        String propertyId = addProperty(owner, providerId, CatalogFixtures.property(city))
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
        var draft = HotelPackages.of(new HotelSetup(owner, providerId, propertyId, city))
                .price(12_900)
                .created();
        assertThat(draft.<String>path("status")).isEqualTo("DRAFT");
        String packageId = draft.path("id");

        publish(owner, packageId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("provider_not_approved"));

        CatalogFixtures.approveProvider(admin, providerId);
        publish(owner, packageId).then().statusCode(403).body("code", equalTo("property_not_approved"));

        admin.as()
                .body(Map.of())
                .post("/v1/admin/properties/" + propertyId + "/approve")
                .then()
                .statusCode(200);
        publish(owner, packageId).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        hotelsIn(city).then().statusCode(200).body("data.id", equalTo(List.of(packageId)));
        given().get("/v1/hotel-packages/" + packageId).then().statusCode(200).body("title", equalTo("Stay 12900"));

        review(providerId, "suspend", Map.of("reason", "insurance lapsed"))
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        hotelsIn(city).then().statusCode(200).body("data", hasSize(0));
        given().get("/v1/hotel-packages/" + packageId).then().statusCode(404).body("code", equalTo("not_found"));
        publish(owner, packageId).then().statusCode(403).body("code", equalTo("provider_not_approved"));
    }

    @Test
    void suspendNeedsAReasonAndRejectedIsFinal() {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(owner, "TOUR_OPERATOR");
        review(providerId, "reject", Map.of()).then().statusCode(400).body("code", equalTo("validation_failed"));
        review(providerId, "reject", Map.of("reason", "fake licence"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        review(providerId, "approve", Map.of()).then().statusCode(409).body("code", equalTo("invalid_transition"));
    }

    @Test
    void aPropertyWithoutTimeZoneGetsItsCountrysNearestZone() {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(owner, "HOTEL");
        Map<String, Object> azores = CatalogFixtures.property("Ponta Delgada " + System.nanoTime());
        azores.remove("timeZone");
        azores.put("latitude", 37.74);
        azores.put("longitude", -25.67);
        addProperty(owner, providerId, azores).then().statusCode(201).body("timeZone", equalTo("Atlantic/Azores"));
        azores.put("country", "XX");
        addProperty(owner, providerId, azores).then().statusCode(400).body("errors[0].field", equalTo("country"));
    }

    /** Approve, publish and unpublish carry no body: clients may send none, and no Content-Type. */
    @Test
    void bodilessActionsNeedNoContentType() throws Exception {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(owner, "TOUR_OPERATOR");
        assertThat(bodilessPost("/v1/admin/providers/" + providerId + "/approve", admin))
                .isEqualTo(200);
        String id = TourPackages.of(new TourSetup(owner, providerId))
                .destination("Bare-" + System.nanoTime())
                .price(2_500)
                .created()
                .path("id");
        assertThat(bodilessPost("/v1/tour-packages/" + id + "/publish", owner)).isEqualTo(200);
        given().get("/v1/tour-packages/" + id).then().statusCode(200);
        assertThat(bodilessPost("/v1/tour-packages/" + id + "/unpublish", owner))
                .isEqualTo(200);
        assertThat(bodilessPost("/v1/admin/providers/" + providerId + "/approve", owner))
                .isEqualTo(403);
    }

    private static Response publish(Accounts.Session owner, String packageId) {
        return owner.as().post("/v1/hotel-packages/" + packageId + "/publish");
    }

    /** The administrator's {@code action} (approve, reject, suspend) on a provider. */
    private static Response review(String providerId, String action, Map<String, ?> body) {
        return admin.as().body(body).post("/v1/admin/providers/" + providerId + "/" + action);
    }

    private static Response addProperty(Accounts.Session owner, String providerId, Map<String, Object> property) {
        return owner.as().body(property).post("/v1/providers/" + providerId + "/properties");
    }

    private static Response hotelsIn(String city) {
        return given().queryParam("city", city).get("/v1/hotel-packages");
    }

    /** RestAssured always sends a Content-Type on POST; this sends none and no body. */
    private static int bodilessPost(String path, Accounts.Session session) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path))
                .header("Authorization", "Bearer " + session.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build();
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type)
                        .startsWith(response.statusCode() == 200 ? "application/json" : "application/problem+json"));
        return response.statusCode();
    }
}
