package com.tripavail.testenv;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builders for catalog test data through the API: an approved hotel provider with an approved
 * property, packages, inventory. Each test makes its own (unique city), so tests run in any order.
 */
public final class CatalogFixtures {
    private CatalogFixtures() {}

    public record HotelSetup(Accounts.Session owner, String providerId, String propertyId, String city) {}

    public record TourSetup(Accounts.Session owner, String providerId) {}

    public static HotelSetup approvedHotelProvider(Accounts.Session admin) {
        return approvedHotelProvider(
                admin, "City-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    /** An approved hotel provider with an approved property in {@code city}. */
    public static HotelSetup approvedHotelProvider(Accounts.Session admin, String city) {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = onboard(owner, "HOTEL");
        approveProvider(admin, providerId);
        String propertyId = owner.as()
                .body(property(city))
                .post("/v1/providers/" + providerId + "/properties")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        admin.as()
                .body(Map.of())
                .post("/v1/admin/properties/" + propertyId + "/approve")
                .then()
                .statusCode(200);
        return new HotelSetup(owner, providerId, propertyId, city);
    }

    public static TourSetup approvedTourOperator(Accounts.Session admin) {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = onboard(owner, "TOUR_OPERATOR");
        approveProvider(admin, providerId);
        return new TourSetup(owner, providerId);
    }

    public static String onboard(Accounts.Session owner, String kind) {
        return owner.as()
                .body(Map.of(
                        "legalName",
                        "IT " + kind + " Ltd",
                        "kind",
                        kind,
                        "country",
                        "PT",
                        "contactEmail",
                        "ops@it.tripavail.test",
                        "phone",
                        "+351 210 000 000"))
                .post("/v1/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void approveProvider(Accounts.Session admin, String providerId) {
        admin.as()
                .body(Map.of("reason", "documents checked"))
                .post("/v1/admin/providers/" + providerId + "/approve")
                .then()
                .statusCode(200);
    }

    public static Map<String, Object> property(String city) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", "Hotel " + city);
        p.put("address", "Rua Augusta 1");
        p.put("city", city);
        p.put("country", "PT");
        p.put("latitude", 38.71);
        p.put("longitude", -9.14);
        p.put("description", "A test hotel");
        p.put("timeZone", "Europe/Lisbon");
        return p;
    }

    public static Map<String, Object> hotelPackage(String propertyId, long priceMinor) {
        Map<String, Object> p = new HashMap<>();
        p.put("propertyId", propertyId);
        p.put("title", "Stay " + priceMinor);
        p.put("description", "Double room with breakfast");
        p.put("nights", 1);
        p.put("price", Map.of("amountMinor", priceMinor, "currency", "EUR"));
        p.put("maxGuests", 2);
        p.put("inclusions", List.of("breakfast", "wifi"));
        p.put("cancellationPolicy", Map.of("kind", "FREE", "freeUntilDaysBefore", 7));
        return p;
    }

    public static Map<String, Object> tourPackage(String destination, long priceMinor) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", "Tour " + priceMinor);
        p.put("description", "Walking tour");
        p.put("destination", destination);
        p.put("country", "PT");
        p.put("durationDays", 1);
        p.put("pricePerPerson", Map.of("amountMinor", priceMinor, "currency", "EUR"));
        p.put("maxGroupSize", 12);
        p.put("inclusions", List.of("guide"));
        p.put("cancellationPolicy", Map.of("kind", "PARTIAL", "freeUntilDaysBefore", 2, "refundPercent", 50));
        return p;
    }

    public static void stock(Accounts.Session owner, String packageId, LocalDate from, LocalDate to, int rooms) {
        inventory(owner, packageId, from, to, rooms).then().statusCode(200);
    }

    /** {@code owner} sets {@code units} rooms a night from {@code from} to {@code to} (dates or any text). */
    public static Response inventory(Accounts.Session owner, String packageId, Object from, Object to, int units) {
        return owner.as()
                .body(Map.of("from", from.toString(), "to", to.toString(), "units", units))
                .put("/v1/hotel-packages/" + packageId + "/inventory");
    }

    /** The ETag of a hotel package's draft as its owner reads it (200), for an {@code If-Match}. */
    public static String hotelDraftETag(Accounts.Session owner, String packageId) {
        return owner.as()
                .get("/v1/hotel-packages/" + packageId + "/draft")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** {@code owner} adds a departure of {@code seats} seats on {@code date} to the tour. */
    public static Response departure(Accounts.Session owner, String tourId, LocalDate date, int seats) {
        return owner.as()
                .body(Map.of("date", date.toString(), "seats", seats))
                .post("/v1/tour-packages/" + tourId + "/departures");
    }
}
