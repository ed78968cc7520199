package com.tripavail.it.catalog;

import static com.tripavail.testenv.CatalogFixtures.approvedHotelProvider;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.CatalogFixtures.HotelSetup;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TripAvailServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rooms per night and tour departures: never below what is held and sold, and "today" is the place's
 * date (the property's or the tour's own time zone), never the server's.
 */
@ExtendWith(TripAvailServer.class)
class InventoryIT {
    private static Accounts.Session admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
    }

    @Test
    void inventoryCannotDropBelowWhatIsCommitted() {
        HotelSetup s = approvedHotelProvider(admin);
        String id = HotelPackages.of(s).price(10_000).rooms(2).publish();
        LocalDate today = LocalDate.now();
        CatalogFixtures.inventory(s.owner(), id, today.minusDays(3), today.plusDays(1), 1)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        CatalogFixtures.inventory(s.owner(), id, today.plusDays(5), today.plusDays(3), 1)
                .then()
                .statusCode(400);
        LocalDate night = today.plusDays(4);
        holdRoomsDirectly(id, night, 2);
        CatalogFixtures.inventory(s.owner(), id, night, night.plusDays(1), 1)
                .then()
                .statusCode(409)
                .body("code", equalTo("inventory_below_committed"));
        given().get("/v1/hotel-packages/" + id + "/availability?from=" + night + "&to=" + night.plusDays(1))
                .then()
                .body("availability[0].total", equalTo(2))
                .body("availability[0].available", equalTo(0));
        CatalogFixtures.inventory(s.owner(), id, "2026-13-01", "2026-13-05", 1)
                .then()
                .statusCode(400)
                .body("code", equalTo("malformed_json"));
    }

    /** Stands in for holds (the booking engine's job) to check the guard on lowering inventory. */
    private static void holdRoomsDirectly(String packagePublicId, LocalDate night, int held) {
        assertThat(BookingFixtures.update(
                        "UPDATE hotel_nights SET held = ? WHERE night = ? AND package_id ="
                                + " (SELECT id FROM hotel_packages WHERE public_id = ?::uuid)",
                        held,
                        night,
                        packagePublicId))
                .isEqualTo(1);
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
        String id = HotelPackages.of(new HotelSetup(owner, providerId, propertyId, "Zone"))
                .price(9_000)
                .draft();

        LocalDate pastAtProperty = propertyToday.minusDays(1);
        CatalogFixtures.inventory(owner, id, pastAtProperty, propertyToday, 1)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        CatalogFixtures.inventory(owner, id, propertyToday, propertyToday.plusDays(1), 3)
                .then()
                .statusCode(200)
                .body("property.timeZone", equalTo(zone))
                .body("availability[0].night", equalTo(propertyToday.toString()))
                .body("availability[0].total", equalTo(3));
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
        CatalogFixtures.departure(t.owner(), id, tourToday.minusDays(1), 5)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        CatalogFixtures.departure(t.owner(), id, tourToday, 5).then().statusCode(201);
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
}
