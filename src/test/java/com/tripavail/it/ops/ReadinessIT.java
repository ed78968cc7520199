package com.tripavail.it.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.TripAvailServer;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness follows PostgreSQL and Redis going away and coming back, without restarting Liberty. */
@ExtendWith(TripAvailServer.class)
class ReadinessIT {

    @Test
    void liveAndReadyWhenEverythingRuns() {
        given().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("database"))
                .body("checks.name", hasItem("redis"))
                .body("checks.find { it.name == 'search' }.status", equalTo("UP"));
    }

    @Test
    void databaseOutageTurnsReadinessDownAndBack() throws Exception {
        EmbeddedServices services = TripAvailServer.get().services();
        services.stopPostgres();
        try {
            awaitReadiness(503);
            given().get("/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'redis' }.status", equalTo("UP"));
        } finally {
            services.startPostgres();
        }
        awaitReadiness(200);
    }

    @Test
    void redisOutageTurnsReadinessDownAndBack() throws Exception {
        EmbeddedServices services = TripAvailServer.get().services();
        services.stopRedis();
        try {
            awaitReadiness(503);
            given().get("/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'redis' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
        } finally {
            services.startRedis();
        }
        awaitReadiness(200);
    }

    private static void awaitReadiness(int status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/health/ready").statusCode() == status);
    }
}
