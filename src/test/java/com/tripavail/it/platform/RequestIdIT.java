package com.tripavail.it.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.TripAvailServer;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** X-Request-Id: echoed when sane, generated otherwise, and present in that request's log line. */
@ExtendWith(TripAvailServer.class)
class RequestIdIT {
    /** The access log line of the request {@code id}, once Liberty wrote it. */
    private static java.util.Optional<String> accessLine(String id) {
        return TripAvailServer.get()
                .liberty()
                .readMessagesLog()
                .lines()
                .filter(l -> l.contains("\"ext_requestId\":\"" + id + "\""))
                .filter(l -> l.contains("\"module\":\"com.tripavail.access\""))
                .findFirst();
    }

    @Test
    void sentIdIsEchoedAndLogged() {
        String id = "it-" + UUID.randomUUID();
        String echoed = given().header("X-Request-Id", id)
                .get("/v1/version")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Request-Id");
        assertThat(echoed).isEqualTo(id);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(accessLine(id))
                        .hasValueSatisfying(line -> assertThat(line)
                                .contains("\"ext_method\":\"GET\"")
                                .contains("\"ext_path\":\"\\/v1\\/version\"")
                                .contains("\"ext_status\":\"200\"")
                                .contains("\"ext_latencyMs\":")));
    }

    @Test
    void authenticatedRequestLinesCarryTheUserId() {
        var traveler = com.tripavail.testenv.Accounts.traveler();
        String id = "it-" + UUID.randomUUID();
        traveler.as().header("X-Request-Id", id).get("/v1/me").then().statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(accessLine(id))
                        .hasValueSatisfying(
                                line -> assertThat(line).contains("\"ext_userId\":\"" + traveler.userId() + "\"")));
    }

    @Test
    void missingIdIsGenerated() {
        String generated =
                given().get("/v1/version").then().statusCode(200).extract().header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f\\-]{36}");
    }

    @Test
    void insaneIdIsReplaced() {
        String hostile = "bad id\" injected";
        String echoed = given().header("X-Request-Id", hostile)
                .get("/v1/version")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Request-Id");
        assertThat(echoed).isNotEqualTo(hostile).matches("[0-9a-f\\-]{36}");
    }

    @Test
    void problemBodiesCarryTheRequestId() {
        String id = "it-" + UUID.randomUUID();
        given().header("X-Request-Id", id)
                .get("/v1/nowhere")
                .then()
                .statusCode(404)
                .body("requestId", org.hamcrest.Matchers.equalTo(id));
    }
}
