package com.tripavail.testenv;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Real accounts through the real API: fresh travelers and providers, and the bootstrap administrator. */
public final class Accounts {
    public static final String PASSWORD = "Sturdy-Passw0rd-42";

    private Accounts() {
    }

    /** A signed-in user: its bearer token and public id. */
    public record Session(String token, String userId, String email) {
        public RequestSpecification as() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }
    }

    public static Session traveler() {
        return register("TRAVELER");
    }

    public static Session providerAccount() {
        return register("PROVIDER");
    }

    public static Session register(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@it.tripavail.test";
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "displayName", "IT " + role, "role", role))
                .post("/v1/auth/register").then().statusCode(201).extract().jsonPath();
        return new Session(body.getString("accessToken"), body.getString("user.id"), email);
    }

    public static Session admin() {
        return login(TestSettings.ADMIN_EMAIL, TestSettings.ADMIN_PASSWORD);
    }

    /**
     * A new administrator made by the bootstrap one: its own rate-limit bucket (100/min per user), for
     * tests that call admin endpoints often (polling jobs) without starving every other test.
     */
    public static Session newAdmin() {
        String email = "admin-" + UUID.randomUUID() + "@it.tripavail.test";
        admin().as().body(Map.of("email", email, "password", PASSWORD, "displayName", "IT admin", "role", "ADMIN"))
                .post("/v1/admin/users").then().statusCode(201);
        return login(email, PASSWORD);
    }

    public static Session login(String email, String password) {
        var body = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/v1/auth/login").then().statusCode(200).extract().jsonPath();
        String token = body.getString("accessToken");
        String id = given().auth().oauth2(token).get("/v1/me").then().statusCode(200).extract().path("id");
        return new Session(token, id, email);
    }
}
