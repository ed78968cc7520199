package com.tripavail.it.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.SearchFixtures;
import com.tripavail.testenv.TripAvailServer;
import com.tripavail.testenv.Uploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A listing page costs the same small number of SQL statements whether it shows 1 row or 20, with
 * their images, and so does a search page: no N+1. Counted from PostgreSQL's own statement log (log_statement = all in the test database).
 */
@ExtendWith(TripAvailServer.class)
class ListingStatementCountIT {
    /** The ApplicationName of each datasource in server.xml, which the statement log prints. */
    private static final String APPLICATION = "tripavail";

    private static final String READ_APPLICATION = "tripavail-read";
    private static final List<String> CATALOG_TABLES =
            List.of("hotel_packages", "properties", "providers", "hotel_nights", "gallery_images", "uploads");
    private static final List<String> SEARCH_TABLES = List.of(
            "search_documents",
            "search_terms",
            "tour_packages",
            "hotel_packages",
            "properties",
            "providers",
            "tour_departures",
            "hotel_nights");

    @Test
    void listingStatementsDoNotGrowWithThePage() throws Exception {
        var admin = Accounts.admin();
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        for (int i = 0; i < 20; i++) {
            String packageId = HotelPackages.of(setup)
                    .price(10000 + i)
                    .rooms(2)
                    .stockedNights(30)
                    .publish();
            setup.owner()
                    .as()
                    .body(java.util.Map.of("fileId", Uploads.image(setup.owner())))
                    .post("/v1/hotel-packages/" + packageId + "/images")
                    .then()
                    .statusCode(201);
        }
        // the search indexer reads the catalog tables too: let it index this test's packages first
        SearchFixtures.indexNow(admin);
        String checkIn = LocalDate.now().plusDays(3).toString();
        String checkOut = LocalDate.now().plusDays(5).toString();

        List<String> one = statementsFor(() -> pageWithImages(setup.city(), 1, checkIn, checkOut), 1, CATALOG_TABLES);
        List<String> twenty =
                statementsFor(() -> pageWithImages(setup.city(), 20, checkIn, checkOut), 20, CATALOG_TABLES);

        assertThat(one).hasSizeBetween(1, 2);
        assertThat(twenty).hasSameSizeAs(one);
        // the page itself comes through the read datasource (a replica when DATABASE_READ_URL is set)
        for (List<String> statements : List.of(one, twenty)) {
            assertThat(statements)
                    .filteredOn(r -> r.contains(":" + READ_APPLICATION + ":"))
                    .singleElement()
                    .asString()
                    .contains("hotel_packages");
        }
    }

    @Test
    void searchStatementsDoNotGrowWithThePage() throws Exception {
        String place = SearchFixtures.uniqueWord();
        var admin = Accounts.admin();
        var tours = CatalogFixtures.approvedTourOperator(admin);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(SearchFixtures.publishedTour(tours, "Bay walk", place, 1_000 + i));
        }
        SearchFixtures.awaitIds(admin, java.util.Map.of("q", place, "limit", 100), ids);
        String typo = SearchFixtures.typo(place) + " walk";

        List<String> one = statementsFor(
                () -> SearchFixtures.ids(java.util.Map.of("q", typo, "limit", 1))
                        .size(),
                1,
                SEARCH_TABLES);
        List<String> twenty = statementsFor(
                () -> SearchFixtures.ids(java.util.Map.of("q", typo, "limit", 20))
                        .size(),
                20,
                SEARCH_TABLES);

        // close spellings, the page, the facets: all through the read datasource
        assertThat(one).hasSize(3).allMatch(r -> r.contains(":" + READ_APPLICATION + ":"));
        assertThat(twenty).hasSameSizeAs(one).allMatch(r -> r.contains(":" + READ_APPLICATION + ":"));
    }

    private interface Request {
        int rows();
    }

    /**
     * Catalog-table statements (images included) the application's two datasources ran while the
     * request ran, as PostgreSQL logged them (the suite runs one test at a time).
     */
    private static List<String> statementsFor(Request request, int expectedRows, List<String> tables) throws Exception {
        Path log = TripAvailServer.get().services().postgresLog();
        long before = Files.size(log);
        assertThat(request.rows()).isEqualTo(expectedRows);
        Thread.sleep(300); // PostgreSQL writes its log asynchronously
        List<String> lines;
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(before);
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        return records(lines).stream()
                .filter(r -> (r.contains(":" + APPLICATION + ":") || r.contains(":" + READ_APPLICATION + ":"))
                        && (r.contains("LOG:  execute") || r.contains("LOG:  statement:")))
                .filter(r -> tables.stream().anyMatch(r::contains))
                // the notification dispatch timer (every 10 s) joins hotel_packages too; not the listing's
                .filter(r -> !r.contains("notification_outbox"))
                .toList();
    }

    /** One log record per statement: continuation lines of a multi-line statement join their record. */
    private static List<String> records(List<String> lines) {
        List<String> records = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.matches("^\\d{4}-\\d{2}-\\d{2} .*") || records.isEmpty()) {
                records.add(line);
            } else {
                records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
            }
        }
        return records;
    }

    /** A page of up to {@code limit} of the city's packages, with one image each in it; its size. */
    private static int pageWithImages(String city, int limit, String checkIn, String checkOut) {
        return given().queryParam("city", city)
                .queryParam("limit", limit)
                .queryParam("checkIn", checkIn)
                .queryParam("checkOut", checkOut)
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .body("data.images.flatten()", hasSize(limit))
                .extract()
                .jsonPath()
                .getList("data")
                .size();
    }
}
