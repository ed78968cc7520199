package com.tripavail.it.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TestTokens;
import com.tripavail.testenv.TestTokens.Account;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits hold at exactly the configured numbers. Each test uses its own client address, sent as
 * X-Forwarded-For from the trusted loopback peer, so it starts with an empty bucket.
 */
@ExtendWith(TripAvailServer.class)
class RateLimitIT {

    @Test
    void anonymousLimitPerClientAddressWithHeaders() {
        String client = TestSettings.nextAddress();
        for (int i = 1; i <= TestSettings.ANON_LIMIT; i++) {
            Response r = given().header("X-Forwarded-For", client).get("/v1/version");
            r.then()
                    .statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(TestSettings.ANON_LIMIT))
                    .header("RateLimit-Remaining", String.valueOf(TestSettings.ANON_LIMIT - i));
            assertThat(Integer.parseInt(r.header("RateLimit-Reset"))).isBetween(1, 60);
        }
        Response refused = given().header("X-Forwarded-For", client).get("/v1/version");
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("rate_limited"))
                .header("RateLimit-Remaining", "0");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        // another client is not affected
        given().header("X-Forwarded-For", TestSettings.nextAddress())
                .get("/v1/version")
                .then()
                .statusCode(200);
    }

    @Test
    void forwardedForFromAnUntrustedChainPositionIsIgnored() {
        String client = TestSettings.nextAddress();
        // the left-most entry is what a client could forge; the right-most untrusted hop counts
        for (int i = 0; i < TestSettings.ANON_LIMIT; i++) {
            given().header("X-Forwarded-For", "203.0.113." + i + ", " + client)
                    .get("/v1/version")
                    .then()
                    .statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.99, " + client)
                .get("/v1/version")
                .then()
                .statusCode(429);
    }

    private static Response me(Account account) {
        return given().auth().oauth2(account.accessToken()).get("/v1/me");
    }

    /** {@code GET /v1/me} served (200) within a limit of {@code limit}, {@code remaining} left. */
    private static void allowed(Account account, int limit, int remaining) {
        me(account)
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", String.valueOf(limit))
                .header("RateLimit-Remaining", String.valueOf(remaining));
    }

    @Test
    void authenticatedLimitPerUserWhateverTheAddress() {
        Account a = TestTokens.newAccount("TRAVELER");
        for (int i = 1; i <= TestSettings.AUTH_LIMIT; i++) {
            allowed(a, TestSettings.AUTH_LIMIT, TestSettings.AUTH_LIMIT - i);
        }
        me(a).then()
                .statusCode(429)
                .body("code", equalTo("rate_limited"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void providersHaveTheirOwnLimit() {
        Account p = TestTokens.newAccount("PROVIDER");
        allowed(p, TestSettings.PROVIDER_LIMIT, TestSettings.PROVIDER_LIMIT - 1);
    }

    @Test
    void fourthFailedLoginForTheSameEmailAndAddressIs429() {
        Account a = TestTokens.newAccount("TRAVELER");
        String client = TestSettings.nextAddress();
        for (int i = 0; i < TestSettings.LOGIN_LIMIT; i++) {
            login(a.email(), "Wrong-Password-" + i, client).then().statusCode(401);
        }
        Response blocked = login(a.email(), a.password(), client);
        blocked.then().statusCode(429).contentType("application/problem+json").body("code", equalTo("rate_limited"));
        assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(1, 300);
        assertThat(blocked.headers().getValues("RateLimit-Limit"))
                .containsExactly(Integer.toString(TestSettings.LOGIN_LIMIT));
        assertThat(blocked.headers().getValues("RateLimit-Remaining")).containsExactly("0");
        assertThat(blocked.headers().getValues("RateLimit-Reset")).containsExactly(blocked.header("Retry-After"));
        // the same email from another address, and another email from this one, still work
        login(a.email(), a.password(), TestSettings.nextAddress()).then().statusCode(200);
    }

    @Test
    void successfulLoginsDoNotCountTowardsTheLoginLimit() {
        Account a = TestTokens.newAccount("TRAVELER");
        String client = TestSettings.nextAddress();
        for (int i = 0; i < TestSettings.LOGIN_LIMIT + 2; i++) {
            login(a.email(), a.password(), client).then().statusCode(200);
        }
    }

    @Test
    void redisDownFailsOpenForOrdinaryRequestsAndClosedForLogin() throws Exception {
        Account a = TestTokens.newAccount("TRAVELER");
        var services = TripAvailServer.get().services();
        double openBefore = unavailableCount("fail_open");
        double closedBefore = unavailableCount("fail_closed");
        services.stopRedis();
        try {
            given().get("/v1/version").then().statusCode(200);
            // the ended-session check (Redis) fails open like the limiter
            given().auth().oauth2(a.accessToken()).get("/v1/me").then().statusCode(200);
            login(a.email(), a.password(), TestSettings.nextAddress())
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", equalTo("rate_limiter_unavailable"));
        } finally {
            services.startRedis();
        }
        // every request the limiter could not judge is counted, by what was done with it (the login
        // POST itself passed the filter open before the throttle refused it)
        assertThat(unavailableCount("fail_open") - openBefore).isGreaterThanOrEqualTo(3);
        assertThat(unavailableCount("fail_closed") - closedBefore).isEqualTo(1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> login(a.email(), a.password(), TestSettings.nextAddress())
                        .then()
                        .statusCode(200));
    }

    private static double unavailableCount(String outcome) {
        String metrics = Metrics.scrape();
        Matcher m = Pattern.compile(
                        "(?m)^tripavail_ratelimit_unavailable_total\\{[^}]*outcome=\"" + outcome + "\"[^}]*\\} (\\S+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static Response login(String email, String password, String client) {
        return given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/v1/auth/login");
    }
}
