package com.tripavail.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 5 of issue 11: with PostgreSQL down, business requests answer 503 service_unavailable
 * (problem+json, Retry-After) within about two seconds, readiness says 503 within one second, and
 * everything recovers when PostgreSQL returns, without restarting Liberty.
 */
@ExtendWith(TripAvailServer.class)
class DatabaseOutageIT {

    @Test
    void aDatabaseOutageIsAFast503AndRecoversWithoutRestart() throws Exception {
        Accounts.Session traveler = Accounts.traveler();
        traveler.as().get("/v1/bookings").then().statusCode(200);
        EmbeddedServices services = TripAvailServer.get().services();
        services.stopPostgres();
        try {
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                Response read = traveler.as().get("/v1/bookings");
                assertFastProblem(read, started);
                started = System.nanoTime();
                Response write = traveler.as()
                        .body(Map.of(
                                "packageType",
                                "HOTEL",
                                "packageId",
                                java.util.UUID.randomUUID().toString(),
                                "checkIn",
                                java.time.LocalDate.now().plusDays(10).toString(),
                                "checkOut",
                                java.time.LocalDate.now().plusDays(11).toString(),
                                "guests",
                                1,
                                "units",
                                1))
                        .post("/v1/bookings/quote");
                assertFastProblem(write, started);
                started = System.nanoTime();
                Response ready = given().get("/health/ready");
                long readyMillis = millisSince(started);
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(readyMillis).as("readiness answer time (ms)").isLessThan(1000);
            }
        } finally {
            services.startPostgres();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/health/ready").statusCode() == 200);
        traveler.as().get("/v1/bookings").then().statusCode(200);
    }

    private static void assertFastProblem(Response r, long startedNanos) {
        long millis = millisSince(startedNanos);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("code")).isEqualTo("service_unavailable");
        assertThat(r.header("Retry-After")).isNotBlank();
        assertThat(millis).as("answer time (ms)").isLessThan(2500);
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
