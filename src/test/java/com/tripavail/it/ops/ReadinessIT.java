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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** An outage of one dependency turns its check and readiness down; the other check stays up. */
    @ParameterizedTest
    @CsvSource({"database, redis", "redis, database"})
    void anOutageTurnsReadinessDownAndBack(String down, String up) throws Exception {
        EmbeddedServices services = TripAvailServer.get().services();
        switchService(services, down, false);
        try {
            awaitReadiness(503);
            given().get("/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == '" + down + "' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == '" + up + "' }.status", equalTo("UP"));
        } finally {
            switchService(services, down, true);
        }
        awaitReadiness(200);
    }

    /** Starts or stops the embedded PostgreSQL ("database") or Redis ("redis"). */
    private static void switchService(EmbeddedServices services, String check, boolean on) throws Exception {
        switch (check) {
            case "database" -> {
                if (on) {
                    services.startPostgres();
                } else {
                    services.stopPostgres();
                }
            }
            case "redis" -> {
                if (on) {
                    services.startRedis();
                } else {
                    services.stopRedis();
                }
            }
            default -> throw new IllegalArgumentException(check);
        }
    }

    private static void awaitReadiness(int status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/health/ready").statusCode() == status);
    }
}
