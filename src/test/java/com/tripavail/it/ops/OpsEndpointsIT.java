package com.tripavail.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.TripAvailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Version, metrics and the API description, as ops and clients see them. */
@ExtendWith(TripAvailServer.class)
class OpsEndpointsIT {

    @Test
    void versionReportsBuildAndColour() {
        given().get("/v1/version")
                .then()
                .statusCode(200)
                .body("version", equalTo(System.getProperty("tripavail.version", "0.1.0")))
                .body("commit", notNullValue())
                .body("color", notNullValue());
    }

    @Test
    void metricsExposeRequestLatencyPercentilesAndPool() {
        for (int i = 0; i < 5; i++) {
            given().get("/v1/version").then().statusCode(200);
        }
        String metrics = Metrics.scrape();
        assertThat(metrics).contains("REST_request_seconds");
        assertThat(metrics)
                .containsPattern(
                        "REST_request_seconds\\{class=\"com.tripavail.ops.VersionResource\".*quantile=\"0\\.95\"");
        assertThat(metrics)
                .containsPattern(
                        "REST_request_seconds\\{class=\"com.tripavail.ops.VersionResource\".*quantile=\"0\\.99\"");
        assertThat(metrics)
                .containsPattern("REST_request_seconds_bucket\\{class=\"com.tripavail.ops.VersionResource\"");
        assertThat(metrics).contains("connectionpool_managedConnections");
        assertThat(metrics).containsPattern("redis_pool_active_connections\\{.*\\} \\d");
        assertThat(metrics).containsPattern("redis_up\\{.*\\} 1");
    }

    @Test
    void openApiDocumentAndUi() {
        given().accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("openapi", matchesPattern("3\\..*"))
                .body("paths.'/v1/version'", notNullValue())
                .body(
                        "components.schemas.CreateHotelPackage.properties.keySet()",
                        hasItems("propertyId", "price", "cancellationPolicy"))
                .body("components.schemas.Money.properties.keySet()", hasItems("amountMinor", "currency"))
                .body("components.schemas.PropertyRequest.properties.keySet()", hasItems("timeZone", "latitude"))
                .body("components.schemas.ReviewRequest.properties.keySet()", contains("reason"));
        given().get("/openapi/ui/").then().statusCode(200);
    }
}
