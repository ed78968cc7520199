package com.tripavail.it.search;

import static com.tripavail.testenv.SearchFixtures.awaitIds;
import static com.tripavail.testenv.SearchFixtures.ids;
import static com.tripavail.testenv.SearchFixtures.page;
import static com.tripavail.testenv.SearchFixtures.publishedHotel;
import static com.tripavail.testenv.SearchFixtures.publishedTour;
import static com.tripavail.testenv.SearchFixtures.search;
import static com.tripavail.testenv.SearchFixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.SearchFixtures;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GET /v1/search through the real server: results, typo tolerance, visibility, facets,
 * availability, pagination and validation. Every test invents its own place names, so it sees only
 * its own packages, and waits for the indexer (a few seconds) with Awaitility.
 */
@ExtendWith(TripAvailServer.class)
class SearchIT {
    private static Accounts.Session admin;

    /** A fresh administrator per test: these tests poll admin endpoints. */
    @BeforeEach
    void signIn() {
        admin = Accounts.admin();
    }

    @Test
    void findsHotelsAndToursOfAPlaceWithExactFacets() {
        String place = uniqueWord();
        var hotels = CatalogFixtures.approvedHotelProvider(admin, place);
        String cheapRoom = publishedHotel(hotels, "Harbour room", 10_000);
        String suite = publishedHotel(hotels, "Harbour suite", 12_000);
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String walk = publishedTour(tours, "Old town walk", place, 5_000);
        publishedTour(tours, "Old town walk", uniqueWord(), 5_000);

        JsonPath all = awaitIds(admin, Map.of("q", place), List.of(cheapRoom, suite, walk));
        assertThat(all.getMap("facets.kind")).isEqualTo(Map.of("hotel", 2, "tour", 1));
        assertThat(all.getMap("facets.country")).isEqualTo(Map.of("PT", 3));
        assertThat(all.getMap("facets.city")).isEqualTo(Map.of(place, 3));
        assertThat(all.getMap("facets.priceRange")).isEqualTo(Map.of("min", 5000, "max", 12000, "currency", "EUR"));
        assertThat(all.getString("nextCursor")).isNull();
        Map<String, Object> room = all.getMap("data.find { it.id == '" + cheapRoom + "' }");
        assertThat(room)
                .containsEntry("kind", "hotel")
                .containsEntry("title", "Harbour room")
                .containsEntry("city", place)
                .containsEntry("propertyName", "Hotel " + place)
                .containsEntry("country", "PT")
                .containsEntry("priceUnit", "night")
                .containsEntry("providerId", hotels.providerId())
                .containsEntry("price", Map.of("amountMinor", 10000, "currency", "EUR"))
                .doesNotContainKey("destination");
        Map<String, Object> tour = all.getMap("data.find { it.id == '" + walk + "' }");
        assertThat(tour)
                .containsEntry("kind", "tour")
                .containsEntry("destination", place)
                .containsEntry("priceUnit", "person")
                .doesNotContainKey("city");
        assertThat(((Number) tour.get("score")).doubleValue()).isPositive();

        JsonPath onlyTours = page(Map.of("q", place, "kind", "tour"));
        assertThat(onlyTours.getList("data.id")).containsExactly(walk);
        assertThat(onlyTours.getMap("facets.kind")).isEqualTo(Map.of("hotel", 0, "tour", 1));

        JsonPath filtered = page(Map.of("q", "harbour " + place, "minPrice", 11_000));
        assertThat(filtered.getList("data.id")).containsExactly(suite);
        assertThat(filtered.getMap("facets.priceRange"))
                .isEqualTo(Map.of("min", 12000, "max", 12000, "currency", "EUR"));
        search(Map.of("q", place, "country", "ES"))
                .then()
                .statusCode(200)
                .body("data", equalTo(List.of()))
                .body("facets.kind.hotel", equalTo(0))
                .body("facets.priceRange", equalTo(null));
    }

    @Test
    void typosFindTheRightPlaceAndTheExactSpellingRanksFirst() {
        String place = uniqueWord();
        String longer = "O" + place.toLowerCase(java.util.Locale.ROOT); // as Oporto is to Porto
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String exact = publishedTour(tours, "Food walk", place, 4_000);
        String similar = publishedTour(tours, "Food walk", longer, 4_000);

        JsonPath found = awaitIds(admin, Map.of("q", place), List.of(exact, similar));
        assertThat(found.getList("data.id")).containsExactly(exact, similar);
        assertThat(ids(Map.of("q", longer))).containsExactly(similar, exact);
        String typo = SearchFixtures.typo(place);
        assertThat(ids(Map.of("q", typo + " food"))).startsWith(exact);
        assertThat(ids(Map.of("q", typo.toUpperCase(java.util.Locale.ROOT) + " walk", "limit", 1)))
                .containsExactly(exact);
        search(Map.of("q", place + " snorkelling")).then().statusCode(200).body("data", equalTo(List.of()));
    }

    @Test
    void unpublishedPackagesAndSuspendedProvidersDisappear() {
        String place = uniqueWord();
        var hotels = CatalogFixtures.approvedHotelProvider(admin, place);
        String kept = publishedHotel(hotels, "Garden room", 9_000);
        String withdrawn = publishedHotel(hotels, "Garden suite", 15_000);
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String tour = publishedTour(tours, "Garden tour", place, 3_000);
        awaitIds(admin, Map.of("q", place), List.of(kept, withdrawn, tour));

        hotels.owner()
                .as()
                .post("/v1/hotel-packages/" + withdrawn + "/unpublish")
                .then()
                .statusCode(200);
        awaitIds(admin, Map.of("q", place), List.of(kept, tour));
        assertThat(SearchFixtures.visible(withdrawn)).isFalse();

        admin.as()
                .body(Map.of("reason", "licence revoked"))
                .post("/v1/admin/providers/" + tours.providerId() + "/suspend")
                .then()
                .statusCode(200);
        // hidden at once (the provider's verdict is checked live), and the document follows with indexing
        assertThat(ids(Map.of("q", place))).containsExactly(kept);
        SearchFixtures.indexNow(admin);
        assertThat(SearchFixtures.visible(tour)).isFalse();
        JsonPath after = page(Map.of("q", place));
        assertThat(after.getMap("facets.kind")).isEqualTo(Map.of("hotel", 1, "tour", 0));
    }

    @Test
    void availabilityFiltersExcludeAFullNightAndAShortDeparture() {
        String place = uniqueWord();
        var hotels = CatalogFixtures.approvedHotelProvider(admin, place);
        String full = publishedHotel(hotels, "Quay room", 8_000);
        String free = publishedHotel(hotels, "Quay loft", 8_000);
        LocalDate night = LocalDate.now().plusDays(10);
        CatalogFixtures.stock(hotels.owner(), full, night, night.plusDays(1), 0);
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String tour = publishedTour(tours, "Quay cruise", place, 2_500);
        CatalogFixtures.departure(tours.owner(), tour, night, 2).then().statusCode(201);
        awaitIds(admin, Map.of("q", place), List.of(full, free, tour));

        JsonPath overFull = page(Map.of(
                "q",
                place,
                "checkIn",
                night.minusDays(1).toString(),
                "checkOut",
                night.plusDays(1).toString()));
        assertThat(overFull.getList("data.id")).containsExactlyInAnyOrder(free, tour);
        assertThat(overFull.getMap("facets.kind")).isEqualTo(Map.of("hotel", 1, "tour", 1));
        assertThat(ids(Map.of(
                        "q",
                        place,
                        "checkIn",
                        night.plusDays(1).toString(),
                        "checkOut",
                        night.plusDays(3).toString())))
                .containsExactlyInAnyOrder(full, free);
        assertThat(tourIds(place, night, 3)).isEmpty();
        assertThat(tourIds(place, night, 2)).containsExactly(tour);
    }

    @Test
    void pagesAreStableAndCoverEveryMatchOnce() {
        String place = uniqueWord();
        var tours = CatalogFixtures.approvedTourOperator(admin);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(publishedTour(tours, "Harbour lights", place, 1_000 + i));
        }
        awaitIds(admin, Map.of("q", place, "limit", 100), ids);

        JsonPath first = page(Map.of("q", place, "limit", 2));
        // a newcomer indexed between two pages neither shifts nor repeats the rest
        String late = publishedTour(tours, "Harbour lights", place, 999);
        awaitIds(admin, Map.of("q", place, "limit", 100), concat(ids, late));
        List<String> seen = new ArrayList<>(first.getList("data.id"));
        String cursor = first.getString("nextCursor");
        while (cursor != null) {
            JsonPath next = page(Map.of("q", place, "limit", 2, "cursor", cursor));
            assertThat(next.getMap("facets.kind")).isEqualTo(Map.of("hotel", 0, "tour", 6));
            seen.addAll(next.getList("data.id"));
            cursor = next.getString("nextCursor");
        }
        assertThat(seen).doesNotHaveDuplicates().containsAll(ids).hasSizeBetween(5, 6);
        search(Map.of("q", place + " lights", "limit", 2, "cursor", first.getString("nextCursor")))
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_cursor"));
        search(Map.of("q", place, "cursor", "not-a-cursor"))
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_cursor"));
    }

    @Test
    void invalidParametersAreOneProblemWithEveryFieldError() {
        given().get("/v1/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors.field", equalTo(List.of("q")));
        search(Map.of("q", "x")).then().statusCode(400).body("errors.field", equalTo(List.of("q")));
        search(Map.of("q", "y".repeat(201))).then().statusCode(400).body("errors.field", equalTo(List.of("q")));
        search(Map.of(
                        "q",
                        "lisbon",
                        "kind",
                        "cruise",
                        "minPrice",
                        "cheap",
                        "guests",
                        0,
                        "checkIn",
                        "2030-02-30",
                        "checkOut",
                        "2030-03-02"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("kind", "minPrice", "guests", "checkIn"))
                .body("requestId", org.hamcrest.Matchers.notNullValue());
        search(Map.of("q", "lisbon", "from", "2030-03-02", "to", "2030-03-01"))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
    }

    @Test
    void theTimerIndexesChangesByItself() {
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String place = uniqueWord();
        String tour = publishedTour(tours, "Lagoon kayak", place, 4_200);
        // Liberty may keep the timer dormant for its missed-task threshold (100 s) after a restart or
        // a database outage earlier in the run; beyond that the tick every 2 s must do it
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> ids(Map.of("q", place)).equals(List.of(tour)));
    }

    @Test
    void theDemoCatalogIsSearchable() {
        SearchFixtures.indexNow(admin);
        search(Map.of("q", "lisbon"))
                .then()
                .statusCode(200)
                .body("data.title", hasItems("Alfama double room", "Alfama family suite", "Lisbon street food walk"))
                .body("facets.city.Lisbon", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        search(Map.of("q", "lisbn", "kind", "tour"))
                .then()
                .statusCode(200)
                .body("data.title", hasItems("Lisbon street food walk"));
        search(Map.of("q", "oporto")).then().statusCode(200).body("data.title", hasItems("Douro valley wine tour"));
    }

    /** Tours about {@code place} with a departure for {@code guests} in the two days from {@code night}. */
    private static List<String> tourIds(String place, LocalDate night, int guests) {
        return ids(Map.of(
                "q",
                place,
                "from",
                night.toString(),
                "to",
                night.plusDays(2).toString(),
                "guests",
                guests,
                "kind",
                "tour"));
    }

    private static List<String> concat(List<String> ids, String id) {
        List<String> all = new ArrayList<>(ids);
        all.add(id);
        return all;
    }
}
