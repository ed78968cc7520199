package com.tripavail.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
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
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_found"))
                .body("status", equalTo(404))
                .body("requestId", notNullValue())
                .body("instance", equalTo("/v1/no-such-thing"));
    }

    @Test
    void wrongMethodIsProblem405() {
        given().delete("/v1/version")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("method_not_allowed"));
    }
}
