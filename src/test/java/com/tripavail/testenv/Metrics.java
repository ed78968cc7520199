package com.tripavail.testenv;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * The Prometheus scraper's view of {@code /metrics}: HTTPS on the server's https port with the
 * METRICS_USER credentials (mpMetrics authentication), like the monitoring stack scrapes it.
 */
public final class Metrics {
    private Metrics() {}

    public static RequestSpecification scraper() {
        return given().baseUri("https://localhost")
                .port(Integer.parseInt(System.getProperty("tripavail.httpsPort", "4543")))
                .relaxedHTTPSValidation()
                .auth()
                .preemptive()
                .basic(TestSettings.METRICS_USER, TestSettings.METRICS_PASSWORD)
                .accept("text/plain");
    }

    /** The text of {@code /metrics} as the scraper gets it (200). */
    public static String scrape() {
        return scraper().get("/metrics").then().statusCode(200).extract().asString();
    }
}
