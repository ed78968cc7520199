package com.tripavail.it.catalog;

import static com.tripavail.testenv.CatalogFixtures.approvedHotelProvider;
import static com.tripavail.testenv.CatalogFixtures.hotelPackage;
import static com.tripavail.testenv.CatalogFixtures.publishedHotel;
import static com.tripavail.testenv.CatalogFixtures.stock;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.CatalogFixtures.HotelSetup;
import com.tripavail.testenv.TripAvailServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The publishing gate, ownership, ETags and the public listing through the real server and database. */
@ExtendWith(TripAvailServer.class)
class CatalogIT {
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
        String propertyId = owner.as()
                .body(CatalogFixtures.property(city))
                .post("/v1/providers/" + providerId + "/properties")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
        String packageId = owner.as()
                .body(hotelPackage(propertyId, 12900))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");

        owner.as()
                .post("/v1/hotel-packages/" + packageId + "/publish")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("provider_not_approved"));

        CatalogFixtures.approveProvider(admin, providerId);
        owner.as()
                .post("/v1/hotel-packages/" + packageId + "/publish")
                .then()
                .statusCode(403)
                .body("code", equalTo("property_not_approved"));

        admin.as()
                .body(Map.of())
                .post("/v1/admin/properties/" + propertyId + "/approve")
                .then()
                .statusCode(200);
        owner.as()
                .post("/v1/hotel-packages/" + packageId + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().queryParam("city", city)
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .body("data.id", equalTo(List.of(packageId)));
        given().get("/v1/hotel-packages/" + packageId).then().statusCode(200).body("title", equalTo("Stay 12900"));

        admin.as()
                .body(Map.of("reason", "insurance lapsed"))
                .post("/v1/admin/providers/" + providerId + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        given().queryParam("city", city)
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .body("data", hasSize(0));
        given().get("/v1/hotel-packages/" + packageId).then().statusCode(404).body("code", equalTo("not_found"));
        owner.as()
                .post("/v1/hotel-packages/" + packageId + "/publish")
                .then()
                .statusCode(403)
                .body("code", equalTo("provider_not_approved"));
    }

    @Test
    void suspendNeedsAReasonAndRejectedIsFinal() {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(owner, "TOUR_OPERATOR");
        admin.as()
                .body(Map.of())
                .post("/v1/admin/providers/" + providerId + "/reject")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"));
        admin.as()
                .body(Map.of("reason", "fake licence"))
                .post("/v1/admin/providers/" + providerId + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        admin.as()
                .body(Map.of())
                .post("/v1/admin/providers/" + providerId + "/approve")
                .then()
                .statusCode(409)
                .body("code", equalTo("invalid_transition"));
    }

    @Test
    void anotherProvidersPackageIsInvisible() {
        HotelSetup a = approvedHotelProvider(admin);
        String packageId = a.owner()
                .as()
                .body(hotelPackage(a.propertyId(), 10000))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        HotelSetup b = approvedHotelProvider(admin);

        b.owner().as().get("/v1/hotel-packages/" + packageId + "/draft").then().statusCode(404);
        b.owner()
                .as()
                .body(Map.of("title", "Hijacked"))
                .patch("/v1/hotel-packages/" + packageId)
                .then()
                .statusCode(404);
        b.owner()
                .as()
                .body(Map.of(
                        "from",
                        LocalDate.now().plusDays(1).toString(),
                        "to",
                        LocalDate.now().plusDays(2).toString(),
                        "units",
                        0))
                .put("/v1/hotel-packages/" + packageId + "/inventory")
                .then()
                .statusCode(404);
        b.owner()
                .as()
                .post("/v1/hotel-packages/" + packageId + "/publish")
                .then()
                .statusCode(404);
        b.owner()
                .as()
                .body(hotelPackage(a.propertyId(), 10000))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(404);
        a.owner()
                .as()
                .get("/v1/hotel-packages/" + packageId + "/draft")
                .then()
                .statusCode(200)
                .body("title", equalTo("Stay 10000"));
        Accounts.traveler()
                .as()
                .body(hotelPackage(a.propertyId(), 1))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(403);
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        HotelSetup a = approvedHotelProvider(admin);
        var created = a.owner()
                .as()
                .body(hotelPackage(a.propertyId(), 20000))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        assertThat(etag).isNotBlank();

        String newer = a.owner()
                .as()
                .header("If-Match", etag)
                .body(Map.of("title", "Renamed"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Renamed"))
                .extract()
                .header("ETag");
        assertThat(newer).isNotEqualTo(etag);

        a.owner()
                .as()
                .header("If-Match", etag)
                .body(Map.of("title", "Lost update"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition_failed"));
        a.owner().as().get("/v1/hotel-packages/" + id + "/draft").then().body("title", equalTo("Renamed"));

        a.owner()
                .as()
                .body(Map.of("price", Map.of("amountMinor", -5, "currency", "EURO")))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("price.amountMinor", "price.currency"));
        a.owner()
                .as()
                .body(Map.of("status", "PUBLISHED"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown_property"));
    }

    @Test
    void listingFiltersSortsAndPagesExactly() {
        HotelSetup s = approvedHotelProvider(admin);
        List<Long> prices = List.of(15000L, 9000L, 30000L, 12000L, 21000L);
        List<String> ids = new ArrayList<>();
        for (long price : prices) {
            ids.add(publishedHotel(s, price, 3));
        }
        List<Object> byPrice = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = given().queryParam("city", s.city())
                    .queryParam("sort", "price")
                    .queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/v1/hotel-packages")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            byPrice.addAll(page.getList("data.price.amountMinor"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        given().queryParam("city", s.city())
                .get("/v1/hotel-packages")
                .then()
                .body("$", org.hamcrest.Matchers.hasKey("nextCursor"))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        assertThat(byPrice).containsExactly(9000, 12000, 15000, 21000, 30000);

        given().queryParam("city", s.city())
                .queryParam("sort", "-price")
                .get("/v1/hotel-packages")
                .then()
                .body("data.price.amountMinor", equalTo(List.of(30000, 21000, 15000, 12000, 9000)));
        given().queryParam("city", s.city())
                .queryParam("minPrice", 12000)
                .queryParam("maxPrice", 21000)
                .queryParam("sort", "price")
                .get("/v1/hotel-packages")
                .then()
                .body("data.price.amountMinor", equalTo(List.of(12000, 15000, 21000)));
        given().queryParam("city", s.city())
                .queryParam("guests", 3)
                .get("/v1/hotel-packages")
                .then()
                .body("data", hasSize(0));
        given().queryParam("city", s.city())
                .queryParam("guests", 3)
                .queryParam("units", 2)
                .get("/v1/hotel-packages")
                .then()
                .body("data", hasSize(5));
        given().queryParam("city", s.city())
                .get("/v1/hotel-packages")
                .then()
                .body("data.id", equalTo(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0))));
        given().queryParam("sort", "cheapest")
                .get("/v1/hotel-packages")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("cursor", "not-a-cursor")
                .get("/v1/hotel-packages")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_cursor"));
    }

    @Test
    void availabilityFilterExcludesAPackageWithOneFullNight() {
        HotelSetup s = approvedHotelProvider(admin);
        String open = publishedHotel(s, 10000, 2);
        String oneNightFull = publishedHotel(s, 11000, 2);
        LocalDate checkIn = LocalDate.now().plusDays(10);
        stock(s.owner(), oneNightFull, checkIn.plusDays(1), checkIn.plusDays(2), 0);

        given().queryParam("city", s.city())
                .queryParam("checkIn", checkIn.toString())
                .queryParam("checkOut", checkIn.plusDays(3).toString())
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .body("data.id", equalTo(List.of(open)));
        given().queryParam("city", s.city())
                .queryParam("checkIn", checkIn.plusDays(2).toString())
                .queryParam("checkOut", checkIn.plusDays(4).toString())
                .queryParam("sort", "price")
                .get("/v1/hotel-packages")
                .then()
                .body("data.id", equalTo(List.of(open, oneNightFull)));
        given().queryParam("city", s.city())
                .queryParam("checkIn", checkIn.toString())
                .queryParam("checkOut", checkIn.plusDays(3).toString())
                .queryParam("units", 3)
                .get("/v1/hotel-packages")
                .then()
                .body("data", hasSize(0));
        given().queryParam("checkIn", checkIn.toString())
                .get("/v1/hotel-packages")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"));
        given().get("/v1/hotel-packages/" + oneNightFull + "/availability?from=" + checkIn + "&to="
                        + checkIn.plusDays(3))
                .then()
                .statusCode(200)
                .body("availability.available", equalTo(List.of(2, 0, 2)));
    }

    @Test
    void inventoryCannotDropBelowWhatIsCommitted() {
        HotelSetup s = approvedHotelProvider(admin);
        String id = publishedHotel(s, 10000, 2);
        s.owner()
                .as()
                .body(Map.of(
                        "from",
                        LocalDate.now().minusDays(3).toString(),
                        "to",
                        LocalDate.now().plusDays(1).toString(),
                        "units",
                        1))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        s.owner()
                .as()
                .body(Map.of(
                        "from",
                        LocalDate.now().plusDays(5).toString(),
                        "to",
                        LocalDate.now().plusDays(3).toString(),
                        "units",
                        1))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(400);
        LocalDate night = LocalDate.now().plusDays(4);
        holdRoomsDirectly(id, night, 2);
        s.owner()
                .as()
                .body(Map.of("from", night.toString(), "to", night.plusDays(1).toString(), "units", 1))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(409)
                .body("code", equalTo("inventory_below_committed"));
        given().get("/v1/hotel-packages/" + id + "/availability?from=" + night + "&to=" + night.plusDays(1))
                .then()
                .body("availability[0].total", equalTo(2))
                .body("availability[0].available", equalTo(0));
        s.owner()
                .as()
                .body(Map.of("from", "2026-13-01", "to", "2026-13-05", "units", 1))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(400)
                .body("code", equalTo("malformed_json"));
    }

    /**
     * A zone whose date differs from UTC's right now, at least 30 minutes from its midnight: UTC-11
     * is a day behind until 11:00 UTC, UTC+14 a day ahead from 10:00 UTC.
     */
    private static String zoneWhoseDateIsNotUtcs() {
        ZonedDateTime utcNow = ZonedDateTime.now(ZoneOffset.UTC);
        boolean morningUtc = utcNow.getHour() * 60 + utcNow.getMinute() < 10 * 60 + 30;
        String zone = morningUtc ? "Pacific/Pago_Pago" : "Pacific/Kiritimati";
        assertThat(todayIn(zone)).isNotEqualTo(utcNow.toLocalDate());
        return zone;
    }

    private static LocalDate todayIn(String zone) {
        return LocalDate.now(ZoneId.of(zone));
    }

    /** "Today" for a hotel's inventory is the property's date, not the server's. */
    @Test
    void inventoryDatesFollowThePropertysOwnTimeZone() {
        String zone = zoneWhoseDateIsNotUtcs();
        LocalDate propertyToday = todayIn(zone);

        Accounts.Session owner = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(owner, "HOTEL");
        CatalogFixtures.approveProvider(admin, providerId);
        Map<String, Object> property = CatalogFixtures.property("Zone-" + System.nanoTime());
        property.put("timeZone", zone);
        String propertyId = owner.as()
                .body(property)
                .post("/v1/providers/" + providerId + "/properties")
                .then()
                .statusCode(201)
                .body("timeZone", equalTo(zone))
                .extract()
                .path("id");
        String id = owner.as()
                .body(hotelPackage(propertyId, 9000))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        LocalDate pastAtProperty = propertyToday.minusDays(1);
        owner.as()
                .body(Map.of("from", pastAtProperty.toString(), "to", propertyToday.toString(), "units", 1))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        owner.as()
                .body(Map.of(
                        "from",
                        propertyToday.toString(),
                        "to",
                        propertyToday.plusDays(1).toString(),
                        "units",
                        3))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(200)
                .body("property.timeZone", equalTo(zone))
                .body("availability[0].night", equalTo(propertyToday.toString()))
                .body("availability[0].total", equalTo(3));
    }

    /** Stands in for holds (the booking engine's job) to check the guard on lowering inventory. */
    private static void holdRoomsDirectly(String packagePublicId, LocalDate night, int held) {
        var services = TripAvailServer.get().services();
        try (var c = java.sql.DriverManager.getConnection(services.jdbcUrl(), services.user(), "");
                var ps = c.prepareStatement("UPDATE hotel_nights SET held = ? WHERE night = ? AND package_id ="
                        + " (SELECT id FROM hotel_packages WHERE public_id = ?::uuid)")) {
            ps.setInt(1, held);
            ps.setObject(2, night);
            ps.setString(3, packagePublicId);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tourPackagesPublishListAndShowDepartures() {
        var t = CatalogFixtures.approvedTourOperator(admin);
        String destination = "Dest-" + System.nanoTime();
        String id = t.owner()
                .as()
                .body(CatalogFixtures.tourPackage(destination, 4500))
                .post("/v1/tour-packages")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        LocalDate date = LocalDate.now().plusDays(20);
        t.owner()
                .as()
                .body(Map.of("date", date.toString(), "seats", 12))
                .post("/v1/tour-packages/" + id + "/departures")
                .then()
                .statusCode(201);
        t.owner().as().post("/v1/tour-packages/" + id + "/publish").then().statusCode(200);
        given().queryParam("destination", destination)
                .queryParam("from", date.minusDays(1).toString())
                .queryParam("to", date.plusDays(1).toString())
                .queryParam("guests", 10)
                .get("/v1/tour-packages")
                .then()
                .statusCode(200)
                .body("data.id", equalTo(List.of(id)));
        given().queryParam("destination", destination)
                .queryParam("from", date.plusDays(1).toString())
                .queryParam("to", date.plusDays(5).toString())
                .get("/v1/tour-packages")
                .then()
                .body("data", hasSize(0));
        given().get("/v1/tour-packages/" + id)
                .then()
                .statusCode(200)
                .body("departures[0].date", equalTo(date.toString()))
                .body("departures[0].available", equalTo(12));
    }

    /**
     * A tour's departures are dates where it starts: its own zone decides "today"; only IANA ids are
     * taken; left out, country and zone come from the provider's country.
     */
    @Test
    void tourDeparturesFollowTheToursOwnTimeZone() {
        var t = CatalogFixtures.approvedTourOperator(admin);
        Map<String, Object> tour = CatalogFixtures.tourPackage("Zone-" + System.nanoTime(), 3000);
        for (String bad : List.of("Mars/Olympus_Mons", "+05:00", "")) {
            tour.put("timeZone", bad);
            t.owner()
                    .as()
                    .body(tour)
                    .post("/v1/tour-packages")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("timeZone"));
        }
        tour.remove("timeZone");
        tour.remove("country");
        String id = t.owner()
                .as()
                .body(tour)
                .post("/v1/tour-packages")
                .then()
                .statusCode(201)
                .body("country", equalTo("PT"))
                .body("timeZone", equalTo("Europe/Lisbon"))
                .extract()
                .path("id");

        String zone = zoneWhoseDateIsNotUtcs();
        LocalDate tourToday = todayIn(zone);
        t.owner()
                .as()
                .header(
                        "If-Match",
                        t.owner().as().get("/v1/tour-packages/" + id + "/draft").header("ETag"))
                .body(Map.of("timeZone", zone))
                .patch("/v1/tour-packages/" + id)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo(zone));
        t.owner()
                .as()
                .body(Map.of("date", tourToday.minusDays(1).toString(), "seats", 5))
                .post("/v1/tour-packages/" + id + "/departures")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        t.owner()
                .as()
                .body(Map.of("date", tourToday.toString(), "seats", 5))
                .post("/v1/tour-packages/" + id + "/departures")
                .then()
                .statusCode(201);
        t.owner().as().post("/v1/tour-packages/" + id + "/publish").then().statusCode(200);
        given().get("/v1/tour-packages/" + id)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo(zone))
                .body("departures[0].date", equalTo(tourToday.toString()));
        given().queryParam("destination", tour.get("destination"))
                .get("/v1/tour-packages")
                .then()
                .statusCode(200)
                .body("data[0].timeZone", equalTo(zone));
    }

    @Test
    void aPropertyWithoutTimeZoneGetsItsCountrysNearestZone() {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(owner, "HOTEL");
        Map<String, Object> azores = CatalogFixtures.property("Ponta Delgada " + System.nanoTime());
        azores.remove("timeZone");
        azores.put("latitude", 37.74);
        azores.put("longitude", -25.67);
        owner.as()
                .body(azores)
                .post("/v1/providers/" + providerId + "/properties")
                .then()
                .statusCode(201)
                .body("timeZone", equalTo("Atlantic/Azores"));
        azores.put("country", "XX");
        owner.as()
                .body(azores)
                .post("/v1/providers/" + providerId + "/properties")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("country"));
    }

    @Test
    void currenciesMustExistAndPatchesCannotBlankAField() {
        HotelSetup s = approvedHotelProvider(admin);
        Map<String, Object> fake = hotelPackage(s.propertyId(), 5000);
        fake.put("price", Map.of("amountMinor", 5000, "currency", "XYZ"));
        s.owner()
                .as()
                .body(fake)
                .post("/v1/hotel-packages")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("price.currency"));
        var created = s.owner()
                .as()
                .body(hotelPackage(s.propertyId(), 5000))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(201)
                .extract();
        s.owner()
                .as()
                .header("If-Match", created.header("ETag"))
                .body(Map.of("title", "   "))
                .patch("/v1/hotel-packages/" + created.path("id"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"));
        s.owner()
                .as()
                .get("/v1/hotel-packages/" + created.path("id") + "/draft")
                .then()
                .body("title", equalTo("Stay 5000"));
    }

    @Test
    void aCursorServesOnlyItsOwnListingAndSortAndBadPagingIsRefused() {
        HotelSetup s = approvedHotelProvider(admin);
        publishedHotel(s, 7000, 1);
        publishedHotel(s, 8000, 1);
        String cursor = given().queryParam("city", s.city())
                .queryParam("sort", "price")
                .queryParam("limit", 1)
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .body("data", hasSize(1))
                .extract()
                .path("nextCursor");
        assertThat(cursor).isNotBlank();
        given().queryParam("city", s.city())
                .queryParam("sort", "price")
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .body("data[0].price.amountMinor", equalTo(8000));
        given().queryParam("city", s.city())
                .queryParam("sort", "-price")
                .queryParam("cursor", cursor)
                .get("/v1/hotel-packages")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_cursor"));
        given().queryParam("sort", "price")
                .queryParam("cursor", cursor)
                .get("/v1/tour-packages")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_cursor"));
        for (String limit : List.of("0", "-1")) {
            given().queryParam("limit", limit)
                    .get("/v1/hotel-packages")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
        given().queryParam("minPrice", -5)
                .get("/v1/hotel-packages")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("minPrice"));
    }

    /** Approve, publish and unpublish carry no body: clients may send none, and no Content-Type. */
    @Test
    void bodilessActionsNeedNoContentType() throws Exception {
        Accounts.Session owner = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(owner, "TOUR_OPERATOR");
        assertThat(bodilessPost("/v1/admin/providers/" + providerId + "/approve", admin))
                .isEqualTo(200);
        String id = owner.as()
                .body(CatalogFixtures.tourPackage("Bare-" + System.nanoTime(), 2500))
                .post("/v1/tour-packages")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(bodilessPost("/v1/tour-packages/" + id + "/publish", owner)).isEqualTo(200);
        given().get("/v1/tour-packages/" + id).then().statusCode(200);
        assertThat(bodilessPost("/v1/tour-packages/" + id + "/unpublish", owner))
                .isEqualTo(200);
        assertThat(bodilessPost("/v1/admin/providers/" + providerId + "/approve", owner))
                .isEqualTo(403);
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

    @Test
    void archivedIsFinalToursAreForTourOperatorsAndInventoryHasAHorizon() {
        HotelSetup s = approvedHotelProvider(admin);
        s.owner()
                .as()
                .body(CatalogFixtures.tourPackage("Hotelier-" + System.nanoTime(), 1000))
                .post("/v1/tour-packages")
                .then()
                .statusCode(409)
                .body("code", equalTo("not_a_tour_operator"));
        var created = s.owner()
                .as()
                .body(hotelPackage(s.propertyId(), 6000))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/v1/hotel-packages/" + id + "/draft");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        s.owner()
                .as()
                .body(Map.of(
                        "from",
                        today.plusDays(700).toString(),
                        "to",
                        today.plusDays(800).toString(),
                        "units",
                        1))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        LocalDate first = today.plusDays(10);
        stock(s.owner(), id, first, first.plusDays(1), 2);
        s.owner().as().post("/v1/hotel-packages/" + id + "/publish").then().statusCode(200);
        given().get("/v1/hotel-packages/" + id + "/availability?from=" + first + "&to=" + first.plusDays(3))
                .then()
                .statusCode(200)
                .body(
                        "availability.night",
                        equalTo(List.of(
                                first.toString(),
                                first.plusDays(1).toString(),
                                first.plusDays(2).toString())))
                .body("availability.total", equalTo(List.of(2, 0, 0)));
        s.owner().as().post("/v1/hotel-packages/" + id + "/archive").then().statusCode(200);
        s.owner()
                .as()
                .body(Map.of("title", "Revived"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(409)
                .body("code", equalTo("package_archived"));
        s.owner()
                .as()
                .body(Map.of("from", first.toString(), "to", first.plusDays(1).toString(), "units", 5))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(409)
                .body("code", equalTo("package_archived"));
    }
}
