package com.tripavail.it.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.tripavail.testenv.TripAvailServer;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every error path answers problem+json with a stable code and never a stack trace. */
@ExtendWith(TripAvailServer.class)
class PlatformErrorsIT {

    @Test
    void unknownPathIsProblem404() {
        given().get("/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_found"))
                .body("status", equalTo(404))
                .body("requestId", notNullValue())
                .body("instance", equalTo("/v1/no-such-thing"));
    }

    @Test
    void wrongMethodIsProblem405() {
        given().delete("/v1/version")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("method_not_allowed"));
    }

    private static final String REGISTER = "/v1/auth/register";

    private static void assertNoInternals(io.restassured.response.Response r) {
        String body = r.asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("com.tripavail")
                .doesNotContain("at org.")
                .doesNotContain("\tat ")
                .doesNotContain("jakarta.")
                .doesNotContain("eclipse");
    }

    @Test
    void garbageJsonIsMalformedJson() {
        var r = given().contentType(ContentType.JSON).body("{\"email\": ").post(REGISTER);
        r.then().statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed_json"));
        assertNoInternals(r);
    }

    @Test
    void xmlIsUnsupportedMediaType() {
        var r = given().contentType(ContentType.XML).body("<user/>").post(REGISTER);
        r.then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("unsupported_media_type"));
        assertNoInternals(r);
    }

    @Test
    void unknownPropertyIsRefused() {
        var r = given().contentType(ContentType.JSON)
                .body("{\"email\":\"x@example.test\",\"password\":\"Correct-Horse-1\",\"displayName\":\"X\","
                        + "\"role\":\"TRAVELER\",\"status\":\"ACTIVE\"}")
                .post(REGISTER);
        r.then().statusCode(400).contentType("application/problem+json").body("code", equalTo("unknown_property"));
        assertNoInternals(r);
    }

    @Test
    void invalidFieldsAreValidationFailedWithFieldNames() {
        var r = given().contentType(ContentType.JSON)
                .body("{\"email\":\"not-an-email\",\"password\":\"Correct-Horse-1\",\"displayName\":\"\","
                        + "\"role\":null}")
                .post(REGISTER);
        r.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("role", "displayName"));
        assertNoInternals(r);
    }

    @Test
    void oversizedBodyIsPayloadTooLarge() {
        String big = "{\"email\":\"" + "a".repeat(70_000) + "\"}";
        var r = given().contentType(ContentType.JSON).body(big).post(REGISTER);
        r.then().statusCode(413).contentType("application/problem+json").body("code", equalTo("payload_too_large"));
        assertNoInternals(r);
    }
}
