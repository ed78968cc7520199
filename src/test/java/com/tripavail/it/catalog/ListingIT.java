package com.tripavail.it.catalog;

import static com.tripavail.testenv.CatalogFixtures.approvedHotelProvider;
import static com.tripavail.testenv.CatalogFixtures.stock;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.CatalogFixtures.HotelSetup;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TourPackages;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public listings through the real server and database: filters, sorts, keyset pages and their
 * cursors, availability for dates, and tours with their departures.
 */
@ExtendWith(TripAvailServer.class)
class ListingIT {
    private static Accounts.Session admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
    }

    @Test
    void listingFiltersSortsAndPagesExactly() {
        HotelSetup s = approvedHotelProvider(admin);
        List<Long> prices = List.of(15000L, 9000L, 30000L, 12000L, 21000L);
        List<String> ids = new ArrayList<>();
        for (long price : prices) {
            ids.add(HotelPackages.of(s).price(price).rooms(3).publish());
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
        listing(Map.of("city", s.city()))
                .then()
                .body("$", org.hamcrest.Matchers.hasKey("nextCursor"))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        assertThat(byPrice).containsExactly(9000, 12000, 15000, 21000, 30000);

        listing(Map.of("city", s.city(), "sort", "-price"))
                .then()
                .body("data.price.amountMinor", equalTo(List.of(30000, 21000, 15000, 12000, 9000)));
        listing(Map.of("city", s.city(), "minPrice", 12000, "maxPrice", 21000, "sort", "price"))
                .then()
                .body("data.price.amountMinor", equalTo(List.of(12000, 15000, 21000)));
        listing(Map.of("city", s.city(), "guests", 3)).then().body("data", hasSize(0));
        listing(Map.of("city", s.city(), "guests", 3, "units", 2)).then().body("data", hasSize(5));
        listing(Map.of("city", s.city()))
                .then()
                .body("data.id", equalTo(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0))));
        listing(Map.of("sort", "cheapest")).then().statusCode(400).body("errors[0].field", equalTo("sort"));
        listing(Map.of("cursor", "not-a-cursor")).then().statusCode(400).body("code", equalTo("invalid_cursor"));
    }

    @Test
    void availabilityFilterExcludesAPackageWithOneFullNight() {
        HotelSetup s = approvedHotelProvider(admin);
        String open = HotelPackages.of(s).price(10_000).rooms(2).publish();
        String oneNightFull = HotelPackages.of(s).price(11_000).rooms(2).publish();
        LocalDate checkIn = LocalDate.now().plusDays(10);
        stock(s.owner(), oneNightFull, checkIn.plusDays(1), checkIn.plusDays(2), 0);

        Map<String, Object> threeNights = new HashMap<>(Map.of(
                "city",
                s.city(),
                "checkIn",
                checkIn.toString(),
                "checkOut",
                checkIn.plusDays(3).toString()));
        listing(threeNights).then().statusCode(200).body("data.id", equalTo(List.of(open)));
        listing(Map.of(
                        "city",
                        s.city(),
                        "checkIn",
                        checkIn.plusDays(2).toString(),
                        "checkOut",
                        checkIn.plusDays(4).toString(),
                        "sort",
                        "price"))
                .then()
                .body("data.id", equalTo(List.of(open, oneNightFull)));
        threeNights.put("units", 3);
        listing(threeNights).then().body("data", hasSize(0));
        listing(Map.of("checkIn", checkIn.toString()))
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
    void tourPackagesPublishListAndShowDepartures() {
        var t = CatalogFixtures.approvedTourOperator(admin);
        String destination = "Dest-" + System.nanoTime();
        LocalDate date = LocalDate.now().plusDays(20);
        String id =
                TourPackages.of(t).destination(destination).departure(date, 12).publish();
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

    @Test
    void aCursorServesOnlyItsOwnListingAndSortAndBadPagingIsRefused() {
        HotelSetup s = approvedHotelProvider(admin);
        HotelPackages.of(s).price(7_000).publish();
        HotelPackages.of(s).price(8_000).publish();
        String cursor = listing(Map.of("city", s.city(), "sort", "price", "limit", 1))
                .then()
                .statusCode(200)
                .body("data", hasSize(1))
                .extract()
                .path("nextCursor");
        assertThat(cursor).isNotBlank();
        listing(Map.of("city", s.city(), "sort", "price", "limit", 1, "cursor", cursor))
                .then()
                .statusCode(200)
                .body("data[0].price.amountMinor", equalTo(8000));
        listing(Map.of("city", s.city(), "sort", "-price", "cursor", cursor))
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
            listing(Map.of("limit", limit)).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
        listing(Map.of("minPrice", -5)).then().statusCode(400).body("errors[0].field", equalTo("minPrice"));
    }

    private static Response listing(Map<String, ?> query) {
        return given().queryParams(query).get("/v1/hotel-packages");
    }
}
