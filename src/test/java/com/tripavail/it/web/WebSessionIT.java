package com.tripavail.it.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.tripavail.dev.DemoAccounts;
import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the web pages stand on, over HTTP: the pages' own headers (strict CSP; the API keeps its
 * own), page files outside the API's rate limits, and the cookie mode of the session endpoints —
 * the refresh token only in an HttpOnly/Secure/SameSite=Strict cookie scoped to
 * /v1/auth/session, never in a body, and every cookie request refused unless it comes from our
 * own pages (docs/web.md).
 */
@ExtendWith(TripAvailServer.class)
class WebSessionIT {
    private static final String SESSION = "/v1/auth/session";

    @Test
    void pagesGetAStrictContentSecurityPolicyThatTheApiDoesNotShare() {
        for (String page :
                new String[] {"/", "/search", "/hotels/x", "/tours/x", "/bookings", "/bookings/x", "/login"}) {
            given().get(page)
                    .then()
                    .statusCode(200)
                    .contentType("text/html")
                    .header("Content-Security-Policy", equalTo(PAGE_CSP))
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer");
        }
        given().get("/assets/js/main.js")
                .then()
                .statusCode(200)
                .contentType("text/javascript")
                .header("Content-Security-Policy", equalTo(PAGE_CSP));
        given().get("/v1/version").then().statusCode(200).header("Content-Security-Policy", not(equalTo(PAGE_CSP)));
        given().get("/assets/nothing.js")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_found"));
    }

    private static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Test
    void aPageLoadIsNotSpentFromTheAnonymousApiLimit() {
        String client = TestSettings.nextAddress();
        for (int i = 0; i < TestSettings.ANON_LIMIT + 5; i++) {
            given().header("X-Forwarded-For", client)
                    .get(i % 2 == 0 ? "/" : "/assets/app.css")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", nullValue());
        }
        given().header("X-Forwarded-For", client)
                .get("/v1/version")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(TestSettings.ANON_LIMIT - 1));
    }

    @Test
    void logInPutsTheRefreshTokenInAStrictCookieOnly() {
        Response login = fromPages().body(demoTraveler()).post(SESSION);
        login.then()
                .statusCode(200)
                .body("accessToken", notNullValue())
                .body("tokenType", equalTo("Bearer"))
                .body("user.email", equalTo("traveler@tripavail.test"))
                .body("refreshToken", nullValue());
        String cookie = login.header("Set-Cookie");
        assertThat(cookie)
                .startsWith("tripavail_refresh=")
                .contains("; Path=/v1/auth/session", "; HttpOnly", "; Secure", "; SameSite=Strict", "; Max-Age=");
        given().auth()
                .oauth2(login.path("accessToken"))
                .get("/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo("traveler@tripavail.test"));
    }

    @Test
    void cookieRequestsFromOtherSitesOrWithoutTheClientHeaderAreRefused() {
        Map<String, Map<String, String>> foreign = Map.of(
                "no client header", Map.of(),
                "another site", Map.of("TripAvail-Client", "web", "Sec-Fetch-Site", "cross-site"),
                "another port of this host", Map.of("TripAvail-Client", "web", "Sec-Fetch-Site", "same-site"),
                "another origin", Map.of("TripAvail-Client", "web", "Origin", "https://evil.example"));
        foreign.forEach((what, headers) -> {
            for (String path : new String[] {SESSION, SESSION + "/refresh"}) {
                given().headers(headers)
                        .contentType(ContentType.JSON)
                        .cookie("tripavail_refresh", "whatever")
                        .body(demoTraveler())
                        .post(path)
                        .then()
                        .statusCode(403)
                        .contentType("application/problem+json")
                        .body("code", equalTo("cross_site_request"));
            }
        });
        fromPages()
                .header("Origin", TripAvailServer.get().baseUri())
                .header("Sec-Fetch-Site", "same-origin")
                .body(demoTraveler())
                .post(SESSION)
                .then()
                .statusCode(200);
    }

    @Test
    void refreshRotatesTheCookieAndAReusedOneEndsTheSession() {
        String first = cookieOf(signUp());
        Response refreshed = fromPages().cookie("tripavail_refresh", first).post(SESSION + "/refresh");
        refreshed.then().statusCode(200).body("accessToken", notNullValue()).body("refreshToken", nullValue());
        String second = cookieOf(refreshed);
        assertThat(second).isNotEqualTo(first);

        Response reused = fromPages().cookie("tripavail_refresh", first).post(SESSION + "/refresh");
        reused.then().statusCode(401).body("code", equalTo("refresh_token_reused"));
        assertThat(reused.header("Set-Cookie"))
                .startsWith("tripavail_refresh=;")
                .contains("Max-Age=0");
        // reuse revoked the whole family: the newest cookie is dead too
        fromPages()
                .cookie("tripavail_refresh", second)
                .post(SESSION + "/refresh")
                .then()
                .statusCode(401);

        fromPages().post(SESSION + "/refresh").then().statusCode(401).body("code", equalTo("no_session"));
    }

    @Test
    void logOutEndsTheCookieSession() {
        Response signedUp = signUp();
        String cookie = cookieOf(signedUp);
        Response out = fromPages()
                .auth()
                .oauth2(signedUp.path("accessToken"))
                .cookie("tripavail_refresh", cookie)
                .delete(SESSION);
        out.then().statusCode(204);
        assertThat(out.header("Set-Cookie")).startsWith("tripavail_refresh=;").contains("Max-Age=0");
        fromPages()
                .cookie("tripavail_refresh", cookie)
                .post(SESSION + "/refresh")
                .then()
                .statusCode(401);
        fromPages().delete(SESSION).then().statusCode(401);
    }

    private static Response signUp() {
        Response r = fromPages()
                .body(Map.of(
                        "email",
                        "web-" + UUID.randomUUID() + "@it.tripavail.test",
                        "password",
                        Accounts.PASSWORD,
                        "displayName",
                        "Web IT",
                        "role",
                        "TRAVELER"))
                .post(SESSION + "/register");
        r.then().statusCode(201).body("user.role", equalTo("TRAVELER")).body("refreshToken", nullValue());
        return r;
    }

    private static String cookieOf(Response r) {
        String header = r.header("Set-Cookie");
        return header.substring("tripavail_refresh=".length(), header.indexOf(';'));
    }

    private static RequestSpecification fromPages() {
        return given().header("TripAvail-Client", "web").contentType(ContentType.JSON);
    }

    private static Map<String, String> demoTraveler() {
        return Map.of("email", "traveler@tripavail.test", "password", DemoAccounts.PASSWORD);
    }
}
