package com.tripavail.testenv;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Real accounts through the real API: fresh travelers and providers, and the bootstrap administrator. */
public final class Accounts {
    public static final String PASSWORD = "Sturdy-Passw0rd-42";
    private static Session bootstrap;
    private static Instant bootstrapSignedInAt;

    private Accounts() {}

    /** A signed-in user: its bearer token and public id. */
    public record Session(String token, String userId, String email) {
        public RequestSpecification as() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }

        /** {@code GET path} as this user, which must answer 200; the answer's body. */
        public JsonPath read(String path) {
            return as().get(path).then().statusCode(200).extract().jsonPath();
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
                .post("/v1/auth/register")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Session(body.getString("accessToken"), body.getString("user.id"), email);
    }

    /**
     * A fresh administrator, made by the bootstrap one: every caller gets its own rate-limit bucket
     * (100/min per user, as in production), so test classes sharing one server never throttle each
     * other, while the bootstrap administrator spends one request per call.
     */
    public static Session admin() {
        String email = "admin-" + UUID.randomUUID() + "@it.tripavail.test";
        var body = Map.of("email", email, "password", PASSWORD, "displayName", "IT ADMIN", "role", "ADMIN");
        var created = bootstrapAdmin().as().body(body).post("/v1/admin/users");
        if (created.statusCode() == 401) {
            forgetBootstrapAdmin(); // a restarted server may sign with other keys
            created = bootstrapAdmin().as().body(body).post("/v1/admin/users");
        }
        created.then().statusCode(201);
        return login(email, PASSWORD);
    }

    /** The administrator from ADMIN_EMAIL/ADMIN_PASSWORD, signed in again once its token is ten minutes old. */
    public static synchronized Session bootstrapAdmin() {
        if (bootstrap == null
                || bootstrapSignedInAt.plus(Duration.ofMinutes(10)).isBefore(Instant.now())) {
            bootstrap = login(TestSettings.ADMIN_EMAIL, TestSettings.ADMIN_PASSWORD);
            bootstrapSignedInAt = Instant.now();
        }
        return bootstrap;
    }

    private static synchronized void forgetBootstrapAdmin() {
        bootstrap = null;
    }

    public static Session login(String email, String password) {
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String token = body.getString("accessToken");
        String id = given().auth()
                .oauth2(token)
                .get("/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        return new Session(token, id, email);
    }
}
