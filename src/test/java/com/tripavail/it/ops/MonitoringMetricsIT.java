package com.tripavail.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.TripAvailServer;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The series the Prometheus rules read (monitoring/prometheus/rules), with the names and labels they use. */
@ExtendWith(TripAvailServer.class)
class MonitoringMetricsIT {

    @Test
    void responsesAreCountedPerEndpointTemplateAndStatusClass() {
        double versionBefore = counter("route=\"/v1/version\",status=\"2xx\"");
        double bookingBefore = counter("route=\"/v1/bookings/{id}\",status=\"4xx\"");
        double unmatchedBefore = counter("route=\"unmatched\",status=\"4xx\"");

        // a client of its own (the trusted loopback proxy vouches for it), so no rate limit interferes
        String client = "198.51.100." + (1 + (int) (Math.random() * 250));
        given().header("X-Forwarded-For", client).get("/v1/version").then().statusCode(200);
        given().header("X-Forwarded-For", client).get("/v1/version").then().statusCode(200);
        // an id in the path is never a label: the endpoint's template is
        given().header("X-Forwarded-For", client)
                .get("/v1/bookings/" + UUID.randomUUID())
                .then()
                .statusCode(401);
        given().header("X-Forwarded-For", client)
                .get("/v1/no-such-endpoint/" + UUID.randomUUID())
                .then()
                .statusCode(404);

        assertThat(counter("route=\"/v1/version\",status=\"2xx\"")).isEqualTo(versionBefore + 2);
        assertThat(counter("route=\"/v1/bookings/{id}\",status=\"4xx\"")).isEqualTo(bookingBefore + 1);
        assertThat(counter("route=\"unmatched\",status=\"4xx\"")).isEqualTo(unmatchedBefore + 1);
        assertThat(metrics()).doesNotContain("no-such-endpoint");
    }

    @Test
    void alertInputsAreExported() {
        // the latency histogram of an endpoint appears with its first request
        given().header("X-Forwarded-For", "198.51.100.251")
                .get("/v1/version")
                .then()
                .statusCode(200);
        String metrics = metrics();
        assertThat(metrics).containsPattern("tripavail_hold_expiry_interval_seconds\\{[^}]*\\} \\d");
        assertThat(metrics).containsPattern("tripavail_holds_overdue_oldest_age_seconds\\{[^}]*\\} \\d");
        assertThat(metrics).containsPattern("tripavail_holds_overdue\\{[^}]*\\} \\d");
        assertThat(metrics).containsPattern("tripavail_notifications_dead_letters\\{[^}]*\\} \\d");
        assertThat(metrics)
                .containsPattern("tripavail_db_pool_max_connections\\{datasource=\"jdbc_tripavail\"[^}]*\\} [1-9]");
        // the latency SLO thresholds are histogram buckets
        assertThat(metrics).containsPattern("REST_request_seconds_bucket\\{[^}]*le=\"0\\.2\"");
        assertThat(metrics).containsPattern("REST_request_seconds_bucket\\{[^}]*le=\"0\\.4\"");
    }

    private static String metrics() {
        return Metrics.scrape();
    }

    /** Sum of the tripavail_http_server_requests_total series whose labels contain both fragments. */
    private static double counter(String labels) {
        Matcher m = Pattern.compile("(?m)^tripavail_http_server_requests_total\\{(.*)\\} (\\S+)$")
                .matcher(metrics());
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(labels.split(",")[0]) && m.group(1).contains(labels.split(",")[1])) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
