package com.tripavail.testenv;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Search test data and helpers: invented place names (letters only, so each is one word no other
 * test shares), packages titled on purpose, searches, and waiting for the indexer.
 */
public final class SearchFixtures {
    private SearchFixtures() {}

    /** A capitalised made-up word of 11 letters, unique in practice. */
    public static String uniqueWord() {
        StringBuilder w = new StringBuilder("Q");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    /** The word with one letter in the middle left out: a typo. */
    public static String typo(String word) {
        int middle = word.length() / 2;
        return word.substring(0, middle) + word.substring(middle + 1);
    }

    /** A published tour with this title and destination; its id. */
    public static String publishedTour(
            CatalogFixtures.TourSetup setup, String title, String destination, long priceMinor) {
        return TourPackages.of(setup)
                .destination(destination)
                .price(priceMinor)
                .with("title", title)
                .publish();
    }

    /** A published hotel package with this title and a room for each of the next 30 nights; its id. */
    public static String publishedHotel(CatalogFixtures.HotelSetup setup, String title, long priceMinor) {
        return HotelPackages.of(setup)
                .price(priceMinor)
                .with("title", title)
                .rooms(1)
                .stockedNights(30)
                .publish();
    }

    public static Response search(Map<String, ?> params) {
        return given().queryParams(params).get("/v1/search");
    }

    /** One page of results (200). */
    public static JsonPath page(Map<String, ?> params) {
        return search(params).then().statusCode(200).extract().jsonPath();
    }

    /** The ids of one page of results (200), in their order. */
    public static List<String> ids(Map<String, ?> params) {
        return page(params).getList("data.id");
    }

    /**
     * The first page once it holds exactly these packages. The job is run now rather than waiting
     * for its timer: Liberty leaves a persistent timer dormant for up to its missed-task threshold
     * (100 s) after a restart or a database outage, which other tests cause; the timer itself is
     * tested on its own ({@code SearchIT.theTimerIndexesChangesByItself}).
     */
    public static JsonPath awaitIds(Accounts.Session admin, Map<String, ?> params, List<String> expected) {
        indexNow(admin);
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    last[0] = search(params).then().statusCode(200).extract().jsonPath();
                    List<String> ids = last[0].getList("data.id");
                    return ids.size() == expected.size() && ids.containsAll(expected);
                });
        return last[0];
    }

    /** Runs the indexing job until no queued row is ready (a run started by the timer may hold some for a moment). */
    public static void indexNow(Accounts.Session admin) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    runNow(admin);
                    return BookingFixtures.queryLong(
                                    "SELECT count(*) FROM search_index_queue WHERE dead_at IS NULL AND available_at <= now()")
                            == 0;
                });
    }

    /**
     * Starts the indexing job through the admin endpoint (waiting while a timer's run holds the job:
     * 409) and waits for it to finish; its execution id.
     */
    public static long runNow(Accounts.Session admin) {
        long id = Jobs.start(admin, "search-indexing");
        awaitCompleted(admin, id);
        return id;
    }

    public static void awaitCompleted(Accounts.Session admin, long executionId) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() ->
                        "COMPLETED".equals(Jobs.execution(admin, executionId).getString("batchStatus")));
    }

    /** Queue rows an execution took, from its exit status {@code INDEXED_<n>}. */
    public static int indexedBy(Accounts.Session admin, long executionId) {
        String exit = Jobs.execution(admin, executionId).getString("exitStatus");
        if (exit == null || !exit.startsWith("INDEXED_")) {
            throw new AssertionError("exit status of execution " + executionId + ": " + exit);
        }
        return Integer.parseInt(exit.substring("INDEXED_".length()));
    }

    /** The document's revision (how many times it was written), 0 when there is none. */
    public static long revision(String packageId) {
        return BookingFixtures.queryLong("SELECT revision FROM search_documents WHERE public_id = ?::uuid", packageId);
    }

    public static boolean visible(String packageId) {
        return BookingFixtures.queryLong(
                        "SELECT count(*) FROM search_documents WHERE public_id = ?::uuid AND visible", packageId)
                == 1;
    }

    /** Switches the indexing job on or off cluster-wide, as an administrator. */
    public static void indexing(Accounts.Session admin, boolean enabled) {
        Jobs.enable(admin, "search-indexing", enabled);
    }
}
