package com.tripavail.it.search;

import static com.tripavail.testenv.SearchFixtures.indexing;
import static com.tripavail.testenv.SearchFixtures.publishedTour;
import static com.tripavail.testenv.SearchFixtures.revision;
import static com.tripavail.testenv.SearchFixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.SearchFixtures;
import com.tripavail.testenv.TripAvailServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The indexing queue and job through the real server: concurrent runs, a row another transaction
 * holds, the full rebuild, readiness on lag, metrics. Tests that need the timer quiet switch the job
 * off cluster-wide (the admin run endpoint still starts it) and always switch it back on.
 */
@ExtendWith(TripAvailServer.class)
class SearchIndexingIT {
    private static Accounts.Session admin;

    /** A fresh administrator per test: these tests poll admin endpoints. */
    @BeforeEach
    void signIn() {
        admin = Accounts.admin();
    }

    @Test
    void runsAskedAtOnceIndexEveryQueuedRowExactlyOnce() throws Exception {
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String place = uniqueWord();
        for (int i = 0; i < 20; i++) {
            publishedTour(tours, "Cliff walk", place, 2_000 + i);
        }
        SearchFixtures.indexNow(admin);
        indexing(admin, false);
        try {
            Map<Long, Long> before = revisions();
            // one queue row per document, as a rebuild would write them
            int queued = BookingFixtures.update("INSERT INTO search_index_queue (kind, package_id, reason)"
                    + " SELECT kind, package_id, 'test' FROM search_documents");
            assertThat(queued).isEqualTo(before.size()).isGreaterThanOrEqualTo(20);

            // two runs asked at once: one run at a time, so the second is refused 409 while the first
            // holds the job (or, asked after it ended, runs on what is left)
            CompletableFuture<Long> one = CompletableFuture.supplyAsync(() -> Jobs.tryStart(admin, "search-indexing"));
            CompletableFuture<Long> two = CompletableFuture.supplyAsync(() -> Jobs.tryStart(admin, "search-indexing"));
            int indexed = 0;
            int started = 0;
            for (Long execution : new Long[] {one.get(), two.get()}) {
                if (execution != null) {
                    SearchFixtures.awaitCompleted(admin, execution);
                    indexed += indexedBy(execution);
                    started++;
                }
            }

            assertThat(started).isBetween(1, 2);
            assertThat(indexed).as("rows taken by the runs together").isEqualTo(queued);
            assertThat(BookingFixtures.queryLong("SELECT count(*) FROM search_index_queue WHERE reason = 'test'"))
                    .isZero();
            Map<Long, Long> after = revisions();
            before.forEach((id, revision) ->
                    assertThat(after.get(id)).as("revision of package %d", id).isEqualTo(revision + 1));
        } finally {
            indexing(admin, true);
        }
    }

    @Test
    void aRowAnotherTransactionHoldsIsSkippedNotWaitedForNorLost() throws Exception {
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String held = publishedTour(tours, "Dune ride", uniqueWord(), 3_000);
        String free = publishedTour(tours, "Dune ride", uniqueWord(), 3_000);
        SearchFixtures.indexNow(admin);
        indexing(admin, false);
        try (Connection other = BookingFixtures.db()) {
            long heldRevision = revision(held);
            long freeRevision = revision(free);
            long heldRow = enqueue(held);
            enqueue(free);
            other.setAutoCommit(false);
            try (PreparedStatement lock =
                    other.prepareStatement("SELECT id FROM search_index_queue WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, heldRow);
                lock.executeQuery().close();
            }
            indexedBy(runNow());
            assertThat(revision(free)).isEqualTo(freeRevision + 1);
            assertThat(revision(held)).isEqualTo(heldRevision);
            assertThat(BookingFixtures.queryLong("SELECT count(*) FROM search_index_queue WHERE id = ?", heldRow))
                    .isOne();

            other.commit();
            indexedBy(runNow());
            assertThat(revision(held)).isEqualTo(heldRevision + 1);
            assertThat(BookingFixtures.queryLong("SELECT count(*) FROM search_index_queue WHERE id = ?", heldRow))
                    .isZero();
        } finally {
            indexing(admin, true);
        }
    }

    @Test
    void aFailingRowBacksOffAloneAndIsSetAsideAfterRepeatedFailures() {
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String poisoned = publishedTour(tours, "Glacier trek", uniqueWord(), 9_000);
        String healthy = publishedTour(tours, "Glacier trek", uniqueWord(), 9_000);
        SearchFixtures.indexNow(admin);
        long healthyRevision = revision(healthy);
        long packageId = BookingFixtures.queryLong("SELECT id FROM tour_packages WHERE public_id = ?::uuid", poisoned);
        indexing(admin, false);
        // fault injection: the database refuses this one package's document
        BookingFixtures.update("CREATE FUNCTION it_refuse_document() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'refused for the test'; END $$");
        BookingFixtures.update(
                "CREATE TRIGGER it_refuse_document BEFORE INSERT OR UPDATE ON search_documents FOR EACH ROW"
                        + " WHEN (NEW.package_id = " + packageId + ") EXECUTE FUNCTION it_refuse_document()");
        long row = enqueue(poisoned);
        try {
            enqueue(healthy);
            indexedBy(runNow());
            assertThat(revision(healthy)).as("the rest of the batch is indexed").isEqualTo(healthyRevision + 1);
            assertThat(BookingFixtures.queryString(
                            "SELECT attempts || ' ' || (available_at > now()) || ' ' || last_error"
                                    + " FROM search_index_queue WHERE id = ?",
                            row))
                    .startsWith("1 true ")
                    .contains("refused for the test");

            BookingFixtures.update(
                    "UPDATE search_index_queue SET attempts = 4, available_at = now() WHERE id = ?", row);
            indexedBy(runNow());
            assertThat(BookingFixtures.queryLong(
                            "SELECT count(*) FROM search_index_queue WHERE id = ? AND dead_at IS NOT NULL", row))
                    .isOne();
            // a dead row is no lag: nothing will index it until someone fixes the cause and rebuilds
            BookingFixtures.update(
                    "UPDATE search_index_queue SET enqueued_at = now() - interval '1 hour' WHERE id = ?", row);
            indexing(admin, true);
            awaitReadiness(200);
            given().get("/health/ready")
                    .then()
                    .body("checks.find { it.name == 'search' }.data.indexing", equalTo("on"));
            admin.as().get("/v1/admin/search/index").then().statusCode(200).body("dead", greaterThanOrEqualTo(1));
            assertThat(Metrics.scraper().get("/metrics").then().extract().asString())
                    .contains("tripavail_search_index_failures_total");
        } finally {
            BookingFixtures.update("DROP TRIGGER IF EXISTS it_refuse_document ON search_documents");
            BookingFixtures.update("DROP FUNCTION IF EXISTS it_refuse_document()");
            BookingFixtures.update("DELETE FROM search_index_queue WHERE id = ?", row);
            indexing(admin, true);
        }
    }

    @Test
    void aFullRebuildRewritesEveryDocumentAndIsAudited() {
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String tour = publishedTour(tours, "Canyon hike", uniqueWord(), 6_000);
        SearchFixtures.indexNow(admin);
        long revision = revision(tour);
        given().post("/v1/admin/search/reindex").then().statusCode(401);
        Accounts.traveler().as().post("/v1/admin/search/reindex").then().statusCode(403);

        var started = admin.as()
                .post("/v1/admin/search/reindex")
                .then()
                .statusCode(202)
                .body("enqueued", greaterThanOrEqualTo(7))
                .extract()
                .jsonPath();
        SearchFixtures.awaitCompleted(admin, started.getLong("executionId"));
        await().atMost(Duration.ofSeconds(60)).until(() -> revision(tour) > revision);
        admin.as()
                .queryParam("action", "search.reindex")
                .get("/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("data.actorId", hasItem(admin.userId()));
        SearchFixtures.indexNow(admin);
        admin.as()
                .get("/v1/admin/search/index")
                .then()
                .statusCode(200)
                .body("documents", greaterThanOrEqualTo(7))
                .body("queued", equalTo(0))
                .body("indexingEnabled", equalTo(true))
                .body("ready", equalTo(true))
                .body("maxLagSeconds", equalTo(300));
        Accounts.traveler().as().get("/v1/admin/search/index").then().statusCode(403);
        assertThat(Metrics.scrape())
                .contains("tripavail_search_indexed_total")
                .contains("tripavail_search_queue_depth")
                .contains("tripavail_search_queue_oldest_age_seconds")
                .contains("tripavail_search_queue_dead");
    }

    @Test
    void readinessGoesDownWhileTheIndexLagsAndUpWhenItCatchesUp() {
        var tours = CatalogFixtures.approvedTourOperator(admin);
        String tour = publishedTour(tours, "Reef dive", uniqueWord(), 7_000);
        SearchFixtures.indexNow(admin);
        // an hour-old change the indexer may not take yet (as if it kept failing and backed off)
        long row = BookingFixtures.queryLong(
                "INSERT INTO search_index_queue (kind, package_id, reason, enqueued_at,"
                        + " available_at) SELECT 'TOUR', id, 'test', now() - interval '1 hour', now() + interval '1 hour'"
                        + " FROM tour_packages WHERE public_id = ?::uuid RETURNING id",
                tour);
        try {
            awaitReadiness(503);
            given().get("/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'search' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'search' }.data.lagSeconds", greaterThanOrEqualTo(3600))
                    .body("checks.find { it.name == 'database' }.status", equalTo("UP"));

            // an administrator's deliberate stop is not an outage
            indexing(admin, false);
            awaitReadiness(200);
            given().get("/health/ready")
                    .then()
                    .body("checks.find { it.name == 'search' }.data.indexing", equalTo("switched off"));
            indexing(admin, true);
            awaitReadiness(503);

            BookingFixtures.update("UPDATE search_index_queue SET available_at = now() WHERE id = ?", row);
            SearchFixtures.indexNow(admin);
            awaitReadiness(200);
            assertThat(BookingFixtures.queryLong("SELECT count(*) FROM search_index_queue WHERE id = ?", row))
                    .isZero();
        } finally {
            BookingFixtures.update("DELETE FROM search_index_queue WHERE id = ?", row);
            indexing(admin, true);
        }
    }

    private static long enqueue(String tourId) {
        return BookingFixtures.queryLong(
                "INSERT INTO search_index_queue (kind, package_id, reason)"
                        + " SELECT 'TOUR', id, 'test' FROM tour_packages WHERE public_id = ?::uuid RETURNING id",
                tourId);
    }

    private static long runNow() {
        return SearchFixtures.runNow(admin);
    }

    private static int indexedBy(long executionId) {
        return SearchFixtures.indexedBy(admin, executionId);
    }

    private static Map<Long, Long> revisions() throws Exception {
        Map<Long, Long> revisions = new HashMap<>();
        try (Connection c = BookingFixtures.db();
                ResultSet rs = c.createStatement().executeQuery("SELECT package_id, revision FROM search_documents")) {
            while (rs.next()) {
                revisions.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return revisions;
    }

    private static void awaitReadiness(int status) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/health/ready").statusCode() == status);
    }
}
