package com.tripavail.it.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TestTokens;
import com.tripavail.testenv.TestTokens.Account;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-up, login, profile, refresh rotation, logout, admins and the audit log, end to end. */
@ExtendWith(TripAvailServer.class)
class AuthFlowIT {

    @Test
    void registerLoginAndMe() {
        String email = TestTokens.uniqueEmail("Flow");
        Response reg = TestTokens.register("  " + email.toUpperCase() + " ", "Correct-Horse-Battery", "TRAVELER");
        reg.then()
                .statusCode(201)
                .body("user.email", equalTo(email.toLowerCase()))
                .body("user.role", equalTo("TRAVELER"))
                .body("user.id", notNullValue())
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .body("expiresIn", equalTo(900))
                .body("user.passwordHash", nullValue());
        String userId = reg.path("user.id");

        Response login = TestTokens.login(email.toLowerCase(), "Correct-Horse-Battery");
        login.then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue())
                .header("Cache-Control", "no-store");
        given().auth()
                .oauth2(login.path("accessToken"))
                .get("/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(userId))
                .body("email", equalTo(email.toLowerCase()))
                .header("Cache-Control", "no-store");
    }

    @Test
    void duplicateEmailIs409EvenWithDifferentCase() {
        Account a = TestTokens.newAccount("PROVIDER");
        TestTokens.register(a.email().toUpperCase(), "Another-Passw0rd-1", "TRAVELER")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("email_taken"));
    }

    /** Registration refused 400 validation_failed with an error on {@code field}. */
    private static ValidatableResponse refusedRegistration(String email, String password, String role, String field) {
        return TestTokens.register(email, password, role)
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void adminCannotSelfRegister() {
        refusedRegistration(TestTokens.uniqueEmail("sneaky"), "Correct-Horse-Battery", "ADMIN", "role");
    }

    @Test
    void weakPasswordsAreFieldErrors() {
        refusedRegistration(TestTokens.uniqueEmail("weak"), "short", "TRAVELER", "password");
        String local = "m" + Long.toString(System.nanoTime(), 36);
        TestTokens.register(local + "@example.test", "xx" + local.toUpperCase() + "-1234", "TRAVELER")
                .then()
                .statusCode(400)
                .body("errors.message", hasItem("must not contain the email address"));
        refusedRegistration(TestTokens.uniqueEmail("long"), "x".repeat(129), "TRAVELER", "password");
        String shortLocal = "q" + (System.nanoTime() % 10);
        String wholeEmail = shortLocal + "@probe" + Long.toString(System.nanoTime(), 36) + ".test";
        TestTokens.register(wholeEmail, wholeEmail, "TRAVELER")
                .then()
                .statusCode(400)
                .body("errors.message", hasItem("must not contain the email address"));
        for (String guessable : List.of("password1234", "aaaaaaaaaaaa", " ".repeat(24), "qwertyuiop12")) {
            refusedRegistration(TestTokens.uniqueEmail("guessable"), guessable, "TRAVELER", "password")
                    .body("errors[0].field", equalTo("password"))
                    .body("errors[0].message", containsString("too easy to guess"));
        }
    }

    @Test
    void badCredentialsLookTheSameForUnknownEmailAndWrongPassword() {
        Account a = TestTokens.newAccount("TRAVELER");
        Response wrong = TestTokens.login(a.email(), "Wrong-Password-123");
        Response unknown = TestTokens.login(TestTokens.uniqueEmail("nobody"), "Wrong-Password-123");
        wrong.then().statusCode(401).body("code", equalTo("invalid_credentials"));
        unknown.then().statusCode(401).body("code", equalTo("invalid_credentials"));
        assertThat((String) wrong.path("detail")).isEqualTo(unknown.path("detail"));
        assertThat((String) wrong.path("title")).isEqualTo(unknown.path("title"));
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeFamily() {
        Account a = TestTokens.newAccount("TRAVELER");
        Response first = refresh(a.refreshToken());
        first.then().statusCode(200).body("tokenType", equalTo("Bearer"));
        String successor = first.path("refreshToken");
        assertThat(successor).isNotEqualTo(a.refreshToken());
        given().auth().oauth2(first.path("accessToken")).get("/v1/me").then().statusCode(200);

        refresh(a.refreshToken()).then().statusCode(401).body("code", equalTo("refresh_token_reused"));
        refresh(successor).then().statusCode(401).body("code", equalTo("invalid_refresh_token"));
        // the session is over for its access tokens too, the first and the rotated one alike
        for (String access : List.of(a.accessToken(), first.<String>path("accessToken"))) {
            given().auth()
                    .oauth2(access)
                    .get("/v1/me")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("detail", containsString("session"));
        }

        Response audit = given().auth()
                .oauth2(adminToken())
                .queryParam("action", "token_family_revoked")
                .queryParam("limit", 100)
                .get("/v1/admin/audit");
        audit.then().statusCode(200);
        List<String> targets = audit.path("data.targetId");
        assertThat(targets).contains(a.id());
    }

    @Test
    void unknownRefreshTokenIs401() {
        refresh("definitely-not-a-token").then().statusCode(401).body("code", equalTo("invalid_refresh_token"));
    }

    @Test
    void logoutEndsTheSessionButNotTheUsersOtherSessions() {
        Account a = TestTokens.newAccount("PROVIDER");
        given().auth()
                .oauth2(a.accessToken())
                .contentType(ContentType.JSON)
                .body(Map.of("refreshToken", a.refreshToken()))
                .post("/v1/auth/logout")
                .then()
                .statusCode(204);
        refresh(a.refreshToken()).then().statusCode(401);
        given().auth().oauth2(a.accessToken()).get("/v1/me").then().statusCode(401);
        // another session of the same user is not affected
        Response other = given().contentType(ContentType.JSON)
                .body(Map.of("email", a.email(), "password", a.password()))
                .post("/v1/auth/login");
        other.then().statusCode(200);
        given().auth()
                .oauth2(other.<String>path("accessToken"))
                .get("/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void logoutNeedsAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", "x"))
                .post("/v1/auth/logout")
                .then()
                .statusCode(401);
    }

    @Test
    void bootstrapAdminCreatesAdminsAndChangesRolesAudited() {
        String admin = adminToken();
        String email = TestTokens.uniqueEmail("second-admin");
        Response created = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", email, "password", "Second-Admin-Passw0rd", "displayName", "Second", "role", "ADMIN"))
                .post("/v1/admin/users");
        created.then().statusCode(201).body("role", equalTo("ADMIN"));
        String secondAdminToken =
                TestTokens.login(email, "Second-Admin-Passw0rd").path("accessToken");
        given().auth().oauth2(secondAdminToken).get("/v1/admin/audit").then().statusCode(200);

        Account traveler = TestTokens.newAccount("TRAVELER");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("role", "PROVIDER", "reason", "verified business"))
                .put("/v1/admin/users/" + traveler.id() + "/role")
                .then()
                .statusCode(200)
                .body("role", equalTo("PROVIDER"));
        // tokens carry the role: the traveler's sessions end, a new login carries PROVIDER
        given().auth().oauth2(traveler.accessToken()).get("/v1/me").then().statusCode(401);
        refresh(traveler.refreshToken()).then().statusCode(401);
        String providerToken =
                TestTokens.login(traveler.email(), traveler.password()).path("accessToken");
        given().auth()
                .oauth2(providerToken)
                .get("/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("PROVIDER"));

        Response audit = given().auth().oauth2(admin).queryParam("limit", 100).get("/v1/admin/audit");
        audit.then().statusCode(200);
        List<Map<String, Object>> rows = audit.path("data");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("user_created");
            assertThat(r.get("targetId")).isEqualTo(created.path("id"));
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("role_changed");
            assertThat(r.get("targetId")).isEqualTo(traveler.id());
            assertThat(r.get("reason")).isEqualTo("verified business");
        });
    }

    @Test
    void auditIsPaginatedAndFilteredByActor() {
        Account a = TestTokens.newAccount("TRAVELER");
        for (int i = 0; i < 3; i++) {
            TestTokens.login(a.email(), a.password()).then().statusCode(200);
        }
        String admin = adminToken();
        Response page1 = given().auth()
                .oauth2(admin)
                .queryParam("actor", a.id())
                .queryParam("limit", 2)
                .get("/v1/admin/audit");
        page1.then()
                .statusCode(200)
                .body("data.size()", equalTo(2))
                .body("nextCursor", notNullValue())
                .body("data.action", org.hamcrest.Matchers.everyItem(equalTo("login_succeeded")));
        Response page2 = given().auth()
                .oauth2(admin)
                .queryParam("actor", a.id())
                .queryParam("limit", 2)
                .queryParam("cursor", (String) page1.path("nextCursor"))
                .get("/v1/admin/audit");
        page2.then().statusCode(200).body("data.size()", equalTo(1)).body("nextCursor", nullValue());
    }

    @Test
    void auditFiltersByTimeRange() {
        Account a = TestTokens.newAccount("TRAVELER");
        TestTokens.login(a.email(), a.password()).then().statusCode(200);
        String admin = adminToken();
        given().auth()
                .oauth2(admin)
                .queryParam("actor", a.id())
                .queryParam("from", "2000-01-01T00:00:00Z")
                .queryParam("to", "2999-01-01T00:00:00Z")
                .get("/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("data.size()", equalTo(1));
        given().auth()
                .oauth2(admin)
                .queryParam("actor", a.id())
                .queryParam("from", "2999-01-01T00:00:00Z")
                .get("/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("data.size()", equalTo(0));
        given().auth()
                .oauth2(admin)
                .queryParam("from", "yesterday")
                .get("/v1/admin/audit")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void demoAccountsCanLogIn() {
        TestTokens.login("traveler@tripavail.test", "Demo-Passw0rd!").then().statusCode(200);
    }

    static String adminToken() {
        Response r = TestTokens.login(TestSettings.ADMIN_EMAIL, TestSettings.ADMIN_PASSWORD);
        r.then().statusCode(200);
        return r.path("accessToken");
    }

    private static Response refresh(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", token))
                .post("/v1/auth/refresh");
    }
}
