package com.tripavail.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.TripAvailServer;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 1 of issue 11: the embedded PostgreSQL (the same {@link EmbeddedServices} the run
 * command's launcher starts) runs with fsync and synchronous commits, and a write the API
 * acknowledged is still there after the postmaster is killed with SIGKILL and started again.
 */
@ExtendWith(TripAvailServer.class)
class DurabilityIT {

    @Test
    void theEmbeddedDatabaseFlushesEveryCommit() {
        assertThat(BookingFixtures.queryString("SHOW fsync")).isEqualTo("on");
        assertThat(BookingFixtures.queryString("SHOW synchronous_commit")).isEqualTo("on");
        assertThat(BookingFixtures.queryString("SHOW full_page_writes")).isEqualTo("on");
    }

    @Test
    void anAcknowledgedWriteSurvivesAPostmasterKill() throws Exception {
        Accounts.Session traveler = Accounts.traveler(); // 201: acknowledged
        EmbeddedServices services = TripAvailServer.get().services();
        services.crashPostgres();
        services.startPostgres();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() ->
                        BookingFixtures.queryLong("SELECT COUNT(*) FROM users WHERE email = ?", traveler.email()) == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        io.restassured.RestAssured.given().get("/health/ready").statusCode() == 200);
    }
}
