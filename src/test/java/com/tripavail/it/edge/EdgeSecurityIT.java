package com.tripavail.it.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.tripavail.testenv.TripAvailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CORS allow-list and the security headers, through the real server. */
@ExtendWith(TripAvailServer.class)
class EdgeSecurityIT {

    @Test
    void preflightFromAnAllowedOriginIsAnswered() {
        given().header("Origin", "https://app.tripavail.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, authorization")
                .options("/v1/auth/login")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "https://app.tripavail.test")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void preflightFromAnotherOriginGetsNoCorsHeaders() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/v1/auth/login")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void simpleRequestsGetCorsHeadersOnlyForAllowedOrigins() {
        given().header("Origin", "http://localhost:4000")
                .get("/v1/version")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:4000")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
        given().header("Origin", "https://evil.example")
                .get("/v1/version")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void securityHeadersOnEveryResponseAndNoStoreOnCredentials() {
        given().get("/v1/version")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", nullValue())
                .header("Strict-Transport-Security", nullValue()); // development: no HSTS over http
        given().get("/v1/no-such-thing").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().contentType("application/json")
                .body("{}")
                .post("/v1/auth/login")
                .then()
                .header("Cache-Control", "no-store")
                .body("code", equalTo("validation_failed"));
    }
}
